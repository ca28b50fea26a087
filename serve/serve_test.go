package serve

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// fakeBackend answers from fixed rules so the HTTP layer can be tested
// alone: a file holding "block" waits on the release channel, "panic"
// panics, anything else echoes.
type fakeBackend struct {
	release chan struct{}
	mu      sync.Mutex
	gotLim  Limits
	// longs counts the LongRunning calls made.
	longs atomic.Int64
}

func (f *fakeBackend) Run(ctx context.Context, req RunRequest, lim Limits) (RunResult, error) {
	f.mu.Lock()
	f.gotLim = lim
	f.mu.Unlock()
	src := req.Files["main.exs"]
	switch src {
	case "block":
		select {
		case <-f.release:
		case <-ctx.Done():
		}
	case "panic":
		panic("boom")
	case "long":
		// A submission that turns long-running, then waits.
		LongRunning(ctx)
		f.longs.Add(1)
		select {
		case <-f.release:
		case <-ctx.Done():
		}
	}
	return RunResult{Status: StatusOK, Stdout: src + "\n", ExitCode: 0}, nil
}

func (f *fakeBackend) Check(ctx context.Context, ex string, files map[string]string, lim Limits) (CheckResult, error) {
	if ex != "processes/ping_pong" {
		return CheckResult{}, ErrUnknownExercise
	}
	return CheckResult{Report: map[string]any{"version": 3, "status": "pass", "tests": []any{}, "limit": nil}, Status: "pass"}, nil
}

func (f *fakeBackend) Exercises() []Exercise {
	return []Exercise{{Slug: "processes/ping_pong", Title: "Ping Pong"}}
}

func post(t *testing.T, url, body string) (*http.Response, map[string]any) {
	t.Helper()
	resp, err := http.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var doc map[string]any
	data, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("response is not JSON: %q", data)
	}
	return resp, doc
}

func TestRunAndLimits(t *testing.T) {
	fb := &fakeBackend{}
	ts := httptest.NewServer(New(Config{Max: Limits{WallMS: 8000, OutputBytes: 100, Processes: 5, MemoryBytes: 10, Reductions: 10, Atoms: 50}}, fb))
	defer ts.Close()

	resp, doc := post(t, ts.URL+"/v1/run", `{"files": {"main.exs": "hi"}, "limits": {"wall_ms": 9000, "output_bytes": 50}}`)
	if resp.StatusCode != 200 || doc["status"] != "ok" || doc["stdout"] != "hi\n" {
		t.Fatalf("got %d %v", resp.StatusCode, doc)
	}
	if _, ok := doc["limit"]; !ok || doc["limit"] != nil {
		t.Errorf("limit must be present and null, got %v", doc["limit"])
	}
	fb.mu.Lock()
	got := fb.gotLim
	fb.mu.Unlock()
	want := Limits{WallMS: 8000, OutputBytes: 50, Processes: 5, MemoryBytes: 10, Reductions: 10, Atoms: 50}
	if got != want {
		t.Errorf("limits given to the backend: got %+v, want %+v (clamped to the server maximum, defaults filled)", got, want)
	}
}

func TestBadRequests(t *testing.T) {
	ts := httptest.NewServer(New(Config{MaxBodyBytes: 64}, &fakeBackend{}))
	defer ts.Close()
	cases := []struct {
		path, body string
		code       int
		errPart    string
	}{
		{"/v1/run", `{"files": `, 400, "malformed JSON"},
		{"/v1/run", `{"files": {}}`, 400, "files"},
		{"/v1/run", `{"files": {"main.exs": "` + strings.Repeat("x", 100) + `"}}`, 413, "over 64 bytes"},
		{"/v1/check", `{"exercise": "nope/nope", "files": {"a.ex": ""}}`, 400, "unknown exercise"},
		{"/v1/check", `{"files": {"a.ex": ""}}`, 400, "exercise"},
		{"/v1/run", `{"files": {"main.exs": "x"}, "bogus": 1}`, 400, "unknown field"},
	}
	for _, c := range cases {
		resp, doc := post(t, ts.URL+c.path, c.body)
		if resp.StatusCode != c.code || !strings.Contains(fmt.Sprint(doc["error"]), c.errPart) {
			t.Errorf("POST %s %s: got %d %v, want %d with %q", c.path, c.body, resp.StatusCode, doc, c.code, c.errPart)
		}
	}
}

func TestCheckAddsLimitField(t *testing.T) {
	ts := httptest.NewServer(New(Config{}, &fakeBackend{}))
	defer ts.Close()
	resp, doc := post(t, ts.URL+"/v1/check", `{"exercise": "processes/ping_pong", "files": {"ping_pong.ex": "x"}}`)
	if resp.StatusCode != 200 || doc["status"] != "pass" || doc["version"] != float64(3) {
		t.Fatalf("got %d %v", resp.StatusCode, doc)
	}
	if v, ok := doc["limit"]; !ok || v != nil {
		t.Errorf("limit must be present and null, got %v", v)
	}
}

func TestPanicBecomesInternalError(t *testing.T) {
	ts := httptest.NewServer(New(Config{}, &fakeBackend{}))
	defer ts.Close()
	resp, doc := post(t, ts.URL+"/v1/run", `{"files": {"main.exs": "panic"}}`)
	if resp.StatusCode != 500 || doc["status"] != StatusInternalError {
		t.Fatalf("got %d %v", resp.StatusCode, doc)
	}
	// The server still answers.
	resp, doc = post(t, ts.URL+"/v1/run", `{"files": {"main.exs": "ok"}}`)
	if resp.StatusCode != 200 || doc["status"] != "ok" {
		t.Fatalf("after a panic: %d %v", resp.StatusCode, doc)
	}
}

func TestFullPoolAnswers429(t *testing.T) {
	fb := &fakeBackend{release: make(chan struct{})}
	// No bound on the wait: the one waiting stays until released.
	srv := New(Config{Workers: 1, Queue: 1, QueueWait: -1}, fb)
	ts := httptest.NewServer(srv)
	defer ts.Close()
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ { // one runs, one waits
		wg.Add(1)
		go func() {
			defer wg.Done()
			post(t, ts.URL+"/v1/run", `{"files": {"main.exs": "block"}}`)
		}()
	}
	// Wait for the event itself (both blocking requests hold their
	// places), not for a time: probing before would race with them.
	deadline := time.Now().Add(60 * time.Second)
	for len(srv.waiting) < cap(srv.waiting) && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	resp, err := http.Post(ts.URL+"/v1/run", "application/json", strings.NewReader(`{"files": {"main.exs": "x"}}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	close(fb.release)
	wg.Wait()
	if resp.StatusCode != http.StatusTooManyRequests {
		t.Fatalf("a full pool answered %d, want 429", resp.StatusCode)
	}
	if resp.Header.Get("Retry-After") == "" {
		t.Error("429 without Retry-After")
	}
}

// TestQueueWaitAnswers429: a request that cannot have a worker within
// QueueWait is answered 429 (the one worker is held until the end).
func TestQueueWaitAnswers429(t *testing.T) {
	fb := &fakeBackend{release: make(chan struct{})}
	srv := New(Config{Workers: 1, Queue: 8, QueueWait: time.Millisecond}, fb)
	ts := httptest.NewServer(srv)
	defer ts.Close()
	done := make(chan int, 1)
	go func() {
		resp, _ := post(t, ts.URL+"/v1/run", `{"files": {"main.exs": "block"}}`)
		done <- resp.StatusCode
	}()
	for deadline := time.Now().Add(60 * time.Second); srv.metrics.running.Load() != 1; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the blocking request did not start")
		}
	}
	resp, doc := post(t, ts.URL+"/v1/run", `{"files": {"main.exs": "x"}}`)
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") != "1" {
		t.Errorf("a request waiting past QueueWait: HTTP %d, Retry-After %q, %v; want 429 with Retry-After 1", resp.StatusCode, resp.Header.Get("Retry-After"), doc)
	}
	if n := srv.metrics.queueTimeouts.Load(); n != 1 {
		t.Errorf("queue timeouts %d, want 1", n)
	}
	close(fb.release)
	if code := <-done; code != 200 {
		t.Errorf("the blocking request: HTTP %d", code)
	}
	if len(srv.waiting) != 0 || len(srv.slots) != 0 {
		t.Errorf("after: waiting %d, slots %d; want 0 and 0", len(srv.waiting), len(srv.slots))
	}
}

func TestMetricsAndHealth(t *testing.T) {
	ts := httptest.NewServer(New(Config{}, &fakeBackend{}))
	defer ts.Close()
	post(t, ts.URL+"/v1/run", `{"files": {"main.exs": "hi"}}`)
	resp, err := http.Get(ts.URL + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("healthz: %v %v", resp, err)
	}
	resp.Body.Close()
	resp, err = http.Get(ts.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		`exlite_requests_total{route="/v1/run",code="200"} 1`,
		`exlite_verdicts_total{kind="run",verdict="ok"} 1`,
		`exlite_request_duration_seconds_count{route="/v1/run"} 1`,
		`exlite_submissions_running 0`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %q:\n%s", want, body)
		}
	}
	resp, err = http.Get(ts.URL + "/v1/exercises")
	if err != nil {
		t.Fatal(err)
	}
	var ex map[string][]Exercise
	json.NewDecoder(resp.Body).Decode(&ex)
	resp.Body.Close()
	if len(ex["exercises"]) != 1 || ex["exercises"][0].Slug != "processes/ping_pong" {
		t.Errorf("exercises: %v", ex)
	}
}

// TestLongRunningFreesItsWorker: with one worker, a submission that turns
// long-running gives its worker to the next request, and is still
// counted as running (and long) until it ends.
func TestLongRunningFreesItsWorker(t *testing.T) {
	fb := &fakeBackend{release: make(chan struct{})}
	srv := New(Config{Workers: 1, Queue: 4}, fb)
	ts := httptest.NewServer(srv)
	defer ts.Close()
	done := make(chan int, 1)
	go func() {
		resp, _ := post(t, ts.URL+"/v1/run", `{"files": {"main.exs": "long"}}`)
		done <- resp.StatusCode
	}()
	for deadline := time.Now().Add(60 * time.Second); srv.metrics.long.Load() != 1; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the submission did not turn long-running")
		}
	}
	if len(srv.slots) != 0 || len(srv.waiting) != 0 {
		t.Errorf("a long-running submission holds %d slots and %d queue places, want 0 and 0", len(srv.slots), len(srv.waiting))
	}
	// The one worker is free: a quick request runs now.
	resp, doc := post(t, ts.URL+"/v1/run", `{"files": {"main.exs": "quick"}}`)
	if resp.StatusCode != 200 || doc["stdout"] != "quick\n" {
		t.Fatalf("a quick request beside a long one: %d %v", resp.StatusCode, doc)
	}
	if n := srv.metrics.running.Load(); n != 1 {
		t.Errorf("running: %d, want 1 (the long one)", n)
	}
	close(fb.release)
	if code := <-done; code != 200 {
		t.Errorf("the long submission: HTTP %d", code)
	}
	if r, l := srv.metrics.running.Load(), srv.metrics.long.Load(); r != 0 || l != 0 || len(srv.slots) != 0 || len(srv.waiting) != 0 {
		t.Errorf("after both: running %d, long %d, slots %d, waiting %d; want all 0", r, l, len(srv.slots), len(srv.waiting))
	}
}

// TestLongLaneFull: when the long-running lane is full, a submission
// turning long-running keeps its worker (and its place in the queue).
func TestLongLaneFull(t *testing.T) {
	fb := &fakeBackend{release: make(chan struct{})}
	srv := New(Config{Workers: 2, Queue: 2, Long: 1}, fb)
	ts := httptest.NewServer(srv)
	defer ts.Close()
	done := make(chan int, 2)
	for i := 0; i < 2; i++ {
		go func() {
			resp, _ := post(t, ts.URL+"/v1/run", `{"files": {"main.exs": "long"}}`)
			done <- resp.StatusCode
		}()
	}
	// Both have called LongRunning: one went to the lane, the other is
	// still on its worker.
	for deadline := time.Now().Add(60 * time.Second); fb.longs.Load() != 2; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the submissions did not turn long-running")
		}
	}
	if r, l, n := srv.metrics.running.Load(), srv.metrics.long.Load(), len(srv.slots); r != 2 || l != 1 || n != 1 {
		t.Errorf("running %d, long %d, slots %d; want 2, 1, 1", r, l, n)
	}
	if len(srv.waiting) != 1 || len(srv.long) != 1 {
		t.Errorf("queue places %d, lane %d; want 1 and 1", len(srv.waiting), len(srv.long))
	}
	close(fb.release)
	for i := 0; i < 2; i++ {
		if code := <-done; code != 200 {
			t.Errorf("HTTP %d", code)
		}
	}
	if r, l := srv.metrics.running.Load(), srv.metrics.long.Load(); r != 0 || l != 0 || len(srv.slots) != 0 || len(srv.waiting) != 0 || len(srv.long) != 0 {
		t.Errorf("after both: running %d, long %d, slots %d, waiting %d, lane %d; want all 0", r, l, len(srv.slots), len(srv.waiting), len(srv.long))
	}
}
