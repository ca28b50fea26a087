// Command serveload is the course backend's load test: it starts an
// exlite server on loopback (in this process), sends it a mix of
// submissions — right and wrong PingPong solutions to grade, programs to
// run, and abusive ones — with a fixed number in flight, and prints
// gradings per second and latency percentiles.
//
//	go run ./bench/serveload [-n 2000] [-c 64]
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/exlite/exlite/lessons"
	"github.com/exlite/exlite/serve"
	"github.com/exlite/exlite/serve/backend"
)

// kind is one sort of submission in the mix. body gives the i-th
// request's body: every request's source is different (a comment holds
// its number), so that no cache of the server's can answer it from an
// earlier one.
type kind struct {
	name string
	path string
	body func(i int) []byte
}

func main() {
	n := flag.Int("n", 2000, "requests to send")
	c := flag.Int("c", 64, "requests in flight")
	checksOnly := flag.Bool("checks", false, "send gradings only (no runs)")
	workers := flag.Int("workers", 0, "the server's workers (0: its default)")
	queue := flag.Int("queue", 0, "the server's queue (0: its default)")
	queueWait := flag.Duration("queue-wait", 0, "the server's longest wait for a worker (0: its default; negative: no bound)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the run (server and client) to `FILE`")
	flag.Parse()

	ls, err := lessons.List()
	if err != nil {
		fail(err)
	}
	ex, err := lessons.Find(ls, "processes/ping_pong")
	if err != nil {
		fail(err)
	}
	be, err := backend.New(ls)
	if err != nil {
		fail(err)
	}
	srv := httptest.NewServer(serve.New(serve.Config{Workers: *workers, Queue: *queue, QueueWait: *queueWait}, be))
	defer srv.Close()

	check := func(src string, wallMS int) func(int) []byte {
		return func(i int) []byte {
			req := map[string]any{"exercise": "processes/ping_pong", "files": map[string]string{"ping_pong.ex": fmt.Sprintf("# submission %d\n%s", i, src)}}
			if wallMS > 0 {
				req["limits"] = map[string]any{"wall_ms": wallMS}
			}
			b, _ := json.Marshal(req)
			return b
		}
	}
	runReq := func(src string, wallMS int) func(int) []byte {
		return func(i int) []byte {
			b, _ := json.Marshal(map[string]any{"files": map[string]string{"main.exs": fmt.Sprintf("# run %d\n%s", i, src)}, "limits": map[string]any{"wall_ms": wallMS}})
			return b
		}
	}
	// wrong compiles but fails: pong answers one ping only.
	wrong := strings.Replace(ex.Solution, "pong_loop(remaining - 1)", ":ok", 1)
	// looping never returns from start/1.
	looping := strings.Replace(ex.Solution, "def start(n) do", "def start(n) do\n    spin(n)", 1) +
		""
	looping = strings.Replace(looping, "defp ping_loop(_pong_pid, 0)", "defp spin(n), do: spin(n)\n\n  defp ping_loop(_pong_pid, 0)", 1)
	if wrong == ex.Solution || !strings.Contains(looping, "spin(n), do: spin(n)") {
		fail(fmt.Errorf("the PingPong solution changed: update the load test's wrong submissions"))
	}
	kinds := []kind{
		{"check right", "/v1/check", check(ex.Solution, 0)},
		{"check right", "/v1/check", check(ex.Solution, 0)},
		{"check right", "/v1/check", check(ex.Solution, 0)},
		{"check wrong", "/v1/check", check(wrong, 0)},
		{"check nocomp", "/v1/check", check(ex.Starter, 0)},
		{"check loop", "/v1/check", check(looping, 300)},
		{"run hello", "/v1/run", runReq(`IO.puts(Enum.sum(1..100))`, 1000)},
		{"run raise", "/v1/run", runReq(`raise "boom"`, 1000)},
		{"run loop", "/v1/run", runReq("defmodule L do\n  def loop, do: loop()\nend\nL.loop()\n", 200)},
		{"run syntax", "/v1/run", runReq("x = (1 +", 1000)},
	}
	isCheck := func(k kind) bool { return k.path == "/v1/check" }

	if *checksOnly {
		kinds = kinds[:5]
	}

	type sample struct {
		kind   string
		status int
		answer string
		took   time.Duration // of the answered attempt
		total  time.Duration // from the first attempt, 429s and waits included
		busy   int           // 429 answers before it
		err    error
	}
	samples := make([]sample, *n)
	jobs := make(chan int)
	var wg sync.WaitGroup
	// As a course platform would, the client keeps a connection per
	// request in flight (Go's default keeps 2 idle per host, and opens a
	// new connection for every other request).
	client := &http.Client{Timeout: 60 * time.Second,
		Transport: &http.Transport{MaxIdleConns: *c, MaxIdleConnsPerHost: *c}}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fail(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fail(err)
		}
	}
	var ms0 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	cpu0 := cpuTime()
	start := time.Now()
	for w := 0; w < *c; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				k := kinds[i%len(kinds)]
				body := k.body(i)
				first := time.Now()
				busy := 0
				for {
					t0 := time.Now()
					resp, err := client.Post(srv.URL+k.path, "application/json", bytes.NewReader(body))
					s := sample{kind: k.name, busy: busy, err: err}
					if err == nil {
						// Only the answer's status is read (the client's
						// CPU time counts in the process's).
						var doc struct{ Status string }
						json.NewDecoder(resp.Body).Decode(&doc)
						io.Copy(io.Discard, resp.Body)
						resp.Body.Close()
						s.status = resp.StatusCode
						s.answer = doc.Status
						if s.answer == "" {
							s.answer = fmt.Sprintf("HTTP %d", resp.StatusCode)
						}
						if resp.StatusCode == http.StatusTooManyRequests {
							// Honour Retry-After (whole seconds).
							busy++
							wait, err := strconv.Atoi(resp.Header.Get("Retry-After"))
							if err != nil || wait < 0 {
								wait = 1
							}
							time.Sleep(time.Duration(wait) * time.Second)
							continue
						}
					}
					s.took, s.total = time.Since(t0), time.Since(first)
					samples[i] = s
					break
				}
			}
		}()
	}
	for i := 0; i < *n; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	elapsed := time.Since(start)
	cpu := cpuTime() - cpu0
	var ms1 runtime.MemStats
	runtime.ReadMemStats(&ms1)
	if *cpuprofile != "" {
		pprof.StopCPUProfile()
	}

	byKind := map[string][]time.Duration{}
	totals := map[string][]time.Duration{}
	answers := map[string]map[string]int{}
	busy := map[string]int{}
	retried := map[string]int{}
	lost, internal, busyAll := 0, 0, 0
	for _, s := range samples {
		if s.err != nil {
			lost++
			continue
		}
		if s.answer == serve.StatusInternalError || s.status >= 500 {
			internal++
		}
		busy[s.kind] += s.busy
		busyAll += s.busy
		if s.busy > 0 {
			retried[s.kind]++
		}
		byKind[s.kind] = append(byKind[s.kind], s.took)
		totals[s.kind] = append(totals[s.kind], s.total)
		if answers[s.kind] == nil {
			answers[s.kind] = map[string]int{}
		}
		answers[s.kind][s.answer]++
	}
	fmt.Printf("%d requests, %d in flight, %.2f s: %.0f requests/s; lost %d, internal errors %d; 429 answers %d\n",
		*n, *c, elapsed.Seconds(), float64(*n)/elapsed.Seconds(), lost, internal, busyAll)
	grades := 0
	for _, k := range kinds {
		if isCheck(k) {
			grades++
		}
	}
	grades = grades * *n / len(kinds)
	fmt.Printf("gradings: %d, %.0f per second\n", grades, float64(grades)/elapsed.Seconds())
	// CPU time, unlike real time, does not depend on what else the
	// machine runs (the client's share is included).
	fmt.Printf("CPU time (user+system, whole process): %.2f s, %.2f ms per request, %.2f ms per grading\n",
		cpu.Seconds(), float64(cpu.Microseconds())/1000/float64(*n), float64(cpu.Microseconds())/1000/float64(grades))
	fmt.Printf("Go heap: %d collections, %.0f MB allocated (%.0f KB per request), %.0f MB in use at the end\n\n",
		ms1.NumGC-ms0.NumGC, float64(ms1.TotalAlloc-ms0.TotalAlloc)/(1<<20), float64(ms1.TotalAlloc-ms0.TotalAlloc)/1024/float64(*n), float64(ms1.HeapAlloc)/(1<<20))
	fmt.Printf("latency of the answered attempt; total: from the first attempt, 429s and their Retry-After waits included;\n429s: answers 429 before the answer, retried: requests that got at least one\n")
	fmt.Printf("%-12s %6s %9s %9s %9s %9s %9s %6s %7s  %s\n", "kind", "count", "p50_ms", "p99_ms", "max_ms", "total_p50", "total_p99", "429s", "retried", "answers")
	names := make([]string, 0, len(byKind))
	for k := range byKind {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		d, t := byKind[k], totals[k]
		sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
		sort.Slice(t, func(i, j int) bool { return t[i] < t[j] })
		ms := func(d []time.Duration, q float64) float64 {
			return float64(d[int(q*float64(len(d)-1))].Microseconds()) / 1000
		}
		fmt.Printf("%-12s %6d %9.1f %9.1f %9.1f %9.1f %9.1f %6d %7d  %v\n", k, len(d), ms(d, 0.5), ms(d, 0.99), ms(d, 1), ms(t, 0.5), ms(t, 0.99), busy[k], retried[k], answers[k])
	}
	if lost > 0 || internal > 0 {
		os.Exit(1)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "serveload:", err)
	os.Exit(2)
}

// cpuTime is the CPU time this process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
