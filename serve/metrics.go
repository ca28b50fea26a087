package serve

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// latencyBuckets are the histogram's upper bounds, in seconds.
var latencyBuckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

// metrics counts what the service did, for GET /metrics in the Prometheus
// text exposition format.
type metrics struct {
	mu       sync.Mutex
	requests map[[2]string]int64 // route, status code
	verdicts map[string]int64
	kills    map[string]int64
	hist     map[string]*histogram // by route

	running atomic.Int64
	// queued is the number of admitted requests waiting for a worker.
	queued         func() int64
	long           atomic.Int64
	rejected       atomic.Int64
	queueTimeouts  atomic.Int64
	internalErrors atomic.Int64
}

type histogram struct {
	counts []int64 // per bucket, not cumulative; one more for +Inf
	sum    float64
	total  int64
}

func newMetrics() *metrics {
	return &metrics{
		requests: map[[2]string]int64{},
		verdicts: map[string]int64{},
		kills:    map[string]int64{},
		hist:     map[string]*histogram{},
	}
}

func (m *metrics) observe(route string, code int, d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[[2]string{route, fmt.Sprint(code)}]++
	h := m.hist[route]
	if h == nil {
		h = &histogram{counts: make([]int64, len(latencyBuckets)+1)}
		m.hist[route] = h
	}
	s := d.Seconds()
	i := sort.SearchFloat64s(latencyBuckets, s)
	h.counts[i]++
	h.sum += s
	h.total++
}

func (m *metrics) verdict(v string) {
	m.mu.Lock()
	m.verdicts[v]++
	m.mu.Unlock()
}

func (m *metrics) limitKill(limit string) {
	m.mu.Lock()
	m.kills[limit]++
	m.mu.Unlock()
}

// write prints every metric in the Prometheus text format, sorted so the
// output is stable.
func (m *metrics) write(w io.Writer) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var b strings.Builder
	b.WriteString("# HELP exlite_requests_total HTTP requests by route and status code.\n# TYPE exlite_requests_total counter\n")
	for _, k := range sortedKeys2(m.requests) {
		fmt.Fprintf(&b, "exlite_requests_total{route=%q,code=%q} %d\n", k[0], k[1], m.requests[k])
	}
	b.WriteString("# HELP exlite_verdicts_total Run statuses and check verdicts.\n# TYPE exlite_verdicts_total counter\n")
	for _, k := range sortedKeys(m.verdicts) {
		kind, v, _ := strings.Cut(k, ":")
		fmt.Fprintf(&b, "exlite_verdicts_total{kind=%q,verdict=%q} %d\n", kind, v, m.verdicts[k])
	}
	b.WriteString("# HELP exlite_limit_kills_total Submissions ended by a limit, by limit.\n# TYPE exlite_limit_kills_total counter\n")
	for _, k := range sortedKeys(m.kills) {
		fmt.Fprintf(&b, "exlite_limit_kills_total{limit=%q} %d\n", k, m.kills[k])
	}
	b.WriteString("# HELP exlite_submissions_running Submissions running now.\n# TYPE exlite_submissions_running gauge\n")
	fmt.Fprintf(&b, "exlite_submissions_running %d\n", m.running.Load())
	b.WriteString("# HELP exlite_submissions_queued Submissions admitted and waiting for a worker.\n# TYPE exlite_submissions_queued gauge\n")
	q := int64(0)
	if m.queued != nil {
		q = m.queued()
	}
	fmt.Fprintf(&b, "exlite_submissions_queued %d\n", q)
	b.WriteString("# HELP exlite_submissions_long Submissions running now that have become long-running (paced, beside the worker pool).\n# TYPE exlite_submissions_long gauge\n")
	fmt.Fprintf(&b, "exlite_submissions_long %d\n", m.long.Load())
	b.WriteString("# HELP exlite_rejected_total Requests refused with 429: the queue for the workers was full, or the wait for a worker too long.\n# TYPE exlite_rejected_total counter\n")
	fmt.Fprintf(&b, "exlite_rejected_total %d\n", m.rejected.Load())
	b.WriteString("# HELP exlite_queue_timeouts_total Requests refused with 429 after waiting the longest a request may wait for a worker (counted in exlite_rejected_total too).\n# TYPE exlite_queue_timeouts_total counter\n")
	fmt.Fprintf(&b, "exlite_queue_timeouts_total %d\n", m.queueTimeouts.Load())
	b.WriteString("# HELP exlite_internal_errors_total Internal errors (should stay 0).\n# TYPE exlite_internal_errors_total counter\n")
	fmt.Fprintf(&b, "exlite_internal_errors_total %d\n", m.internalErrors.Load())
	b.WriteString("# HELP exlite_request_duration_seconds Request latency by route.\n# TYPE exlite_request_duration_seconds histogram\n")
	for _, route := range sortedKeys(m.hist) {
		h := m.hist[route]
		var cum int64
		for i, le := range latencyBuckets {
			cum += h.counts[i]
			fmt.Fprintf(&b, "exlite_request_duration_seconds_bucket{route=%q,le=\"%g\"} %d\n", route, le, cum)
		}
		fmt.Fprintf(&b, "exlite_request_duration_seconds_bucket{route=%q,le=\"+Inf\"} %d\n", route, h.total)
		fmt.Fprintf(&b, "exlite_request_duration_seconds_sum{route=%q} %g\n", route, h.sum)
		fmt.Fprintf(&b, "exlite_request_duration_seconds_count{route=%q} %d\n", route, h.total)
	}
	io.WriteString(w, b.String())
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func sortedKeys2(m map[[2]string]int64) [][2]string {
	keys := make([][2]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	return keys
}
