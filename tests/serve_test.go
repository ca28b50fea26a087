package tests

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// startServer runs `exlite serve` on a free loopback port and returns its
// base URL and the command (to stop it with SIGTERM).
func startServer(t *testing.T, args ...string) (string, *exec.Cmd) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	cmd := exec.Command(exliteBin, append([]string{"serve", "--addr", addr}, args...)...)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	base := "http://" + addr
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if resp, err := http.Get(base + "/healthz"); err == nil {
			resp.Body.Close()
			return base, cmd
		}
	}
	cmd.Process.Kill()
	t.Fatalf("exlite serve did not come up: %s", errb.String())
	return "", nil
}

// postJSON posts v and decodes the JSON answer.
func postJSON(t *testing.T, url string, v any) (int, map[string]any) {
	t.Helper()
	body, _ := json.Marshal(v)
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatalf("POST %s: %v", url, err)
	}
	defer resp.Body.Close()
	var doc map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&doc); err != nil {
		t.Fatalf("POST %s: answer is not JSON: %v", url, err)
	}
	return resp.StatusCode, doc
}

func run(src string, limits map[string]any) map[string]any {
	req := map[string]any{"files": map[string]string{"main.exs": src}}
	if limits != nil {
		req["limits"] = limits
	}
	return req
}

// notAllowed checks that the sandbox refused the call.
func notAllowed(d map[string]any) string {
	if !strings.Contains(fmt.Sprint(d["stderr"]), "is not allowed here") || strings.Contains(fmt.Sprint(d["stdout"]), "root:") {
		return "want the sandbox's refusal on stderr"
	}
	return ""
}

// stoppedDeep checks that a body recursion without end was stopped by a
// bound on recursion: the memory its call stack takes (memory_limit) or
// its depth (a SystemLimitError); stopped by memory, it reports a
// memory_peak.
func stoppedDeep(d map[string]any) string {
	stderr := fmt.Sprint(d["stderr"])
	switch {
	case d["status"] == "memory_limit" && d["limit"] == "memory_bytes" && strings.Contains(stderr, "memory limit of"):
		// The peak includes what was counted when the limit hit.
		if peak, _ := d["memory_peak"].(float64); peak <= 0 {
			return fmt.Sprintf("memory_peak %v, want what the call stack held when the memory limit stopped it", d["memory_peak"])
		}
	case d["status"] == "runtime_error" && strings.Contains(stderr, "SystemLimitError") && strings.Contains(stderr, "nested calls"):
	default:
		return "want the recursion stopped by the memory limit (its call stack) or the depth limit"
	}
	return ""
}

// TestServeAbuse runs submissions that misbehave against a real server on
// loopback: each ends with its status within its limit plus a second, and
// afterwards the server still answers and grades a correct submission.
func TestServeAbuse(t *testing.T) {
	base, cmd := startServer(t)
	defer cmd.Process.Kill()

	cases := []struct {
		name   string
		src    string
		limits map[string]any
		status string
		check  func(doc map[string]any) string
		// pending names what exlite does not do yet; such a case is
		// skipped (it could hold the server's workers for minutes).
		pending string
		// slack is allowed beyond the limit plus a second (0: none).
		slack time.Duration
	}{
		{"hello", `IO.puts("hi")`, nil, "ok", func(d map[string]any) string {
			if d["stdout"] != "hi\n" || d["exit_code"] != float64(0) {
				return "want stdout hi"
			}
			return ""
		}, "", 0},
		{"syntax error", "x = (1 +\n", nil, "syntax_error", func(d map[string]any) string {
			if !strings.Contains(fmt.Sprint(d["stderr"]), "TokenMissingError") {
				return "want a TokenMissingError on stderr"
			}
			return ""
		}, "", 0},
		{"runtime error", `{:ok, x} = {:error, 1}`, nil, "runtime_error", func(d map[string]any) string {
			if !strings.Contains(fmt.Sprint(d["stderr"]), "MatchError") {
				return "want a MatchError on stderr"
			}
			return ""
		}, "", 0},
		{"infinite loop", "defmodule L do\n  def loop, do: loop()\nend\nL.loop()\n", map[string]any{"wall_ms": 1000}, "timeout", nil, "", 0},
		// A recursion without end is stopped by the bound on its call
		// stack (half the memory limit), or by the depth limit, with that
		// reason: never by the time limit (set to the most a request may
		// have, 30 s), which a loaded machine would reach first when the
		// descent is slow (0.5 s alone, 4 s at load 25).
		{"body recursion", "defmodule R do\n  def down(n), do: 1 + down(n + 1)\nend\nR.down(0)\n", map[string]any{"wall_ms": 30000}, "", stoppedDeep, "", 0},
		{"receive forever", "receive do\n  :never -> :ok\nend\n", map[string]any{"wall_ms": 1000}, "runtime_error", nil, "", 0},
		{"sleep forever", "Process.sleep(:infinity)", map[string]any{"wall_ms": 1000}, "runtime_error", func(d map[string]any) string {
			if !strings.Contains(fmt.Sprint(d["stderr"]), "deadlocked") {
				return "want the deadlock named on stderr"
			}
			return ""
		}, "", 0},
		{"output flood", "Stream.repeatedly(fn -> IO.puts(\"flood\") end) |> Stream.run()", map[string]any{"wall_ms": 2000, "output_bytes": 1000}, "output_limit", func(d map[string]any) string {
			if len(fmt.Sprint(d["stdout"])) > 1000 {
				return "stdout longer than the limit"
			}
			return ""
		}, "", 0},
		{"spawn bomb", "defmodule B do\n  def bomb do\n    spawn(fn -> receive do _ -> :ok end end)\n    bomb()\n  end\nend\nB.bomb()\n", map[string]any{"wall_ms": 2000, "processes": 100}, "process_limit", nil, "", 0},
		{"halt", "IO.puts(\"bye\")\nSystem.halt(3)\n", nil, "runtime_error", notAllowed, "", 0},
		{"tail recursion", "defmodule T do\n  def loop(n), do: loop(n + 1)\nend\nT.loop(0)\n", map[string]any{"wall_ms": 1000}, "timeout", nil, "", 0},
		{"list doubling", "defmodule D do\n  def grow(l), do: grow(l ++ l)\nend\nD.grow([1])\n", map[string]any{"wall_ms": 3000, "memory_bytes": 64 << 20}, "memory_limit", nil, "", 0},
		{"mailbox flood", "me = self()\nspawn(fn -> Stream.repeatedly(fn -> send(me, :flood) end) |> Stream.run() end)\nProcess.sleep(:infinity)\n", map[string]any{"wall_ms": 3000, "memory_bytes": 64 << 20}, "memory_limit", nil, "", 0},
		{"huge power", "IO.puts(2 ** 10_000_000_000)", map[string]any{"memory_bytes": 64 << 20}, "memory_limit", nil, "", 0},
		{"huge string", `String.duplicate("x", 1_000_000_000) |> byte_size() |> IO.puts()`, map[string]any{"memory_bytes": 64 << 20}, "memory_limit", nil, "", 0},
		{"huge list", "List.duplicate(0, 1_000_000_000) |> length() |> IO.puts()", map[string]any{"memory_bytes": 64 << 20}, "memory_limit", nil, "", 0},
		{"huge range", "Enum.to_list(1..10_000_000_000) |> length() |> IO.puts()", map[string]any{"memory_bytes": 64 << 20}, "memory_limit", nil, "", 0},
		{"huge bitstring", "n = 100_000_000_000\nx = <<0::size(n)>>\nIO.puts(bit_size(x))\n", map[string]any{"memory_bytes": 64 << 20}, "memory_limit", nil, "", 0},
		{"atoms", "Enum.each(1..10_000_000, fn i -> String.to_atom(\"a#{i}\") end)", map[string]any{"wall_ms": 3000, "atoms": 10000}, "memory_limit", func(d map[string]any) string {
			if d["limit"] != "atoms" {
				return "want limit atoms"
			}
			return ""
		}, "", 0},
		// Terms sharing their parts: printed or flattened, a tuple
		// doubled 60 times is 2^60 leaves; the built-in doing it counts
		// its work and what it gathers, and ends at the limits.
		{"inspect of a shared term", "t = Enum.reduce(1..60, 1, fn _, acc -> {acc, acc} end)\nIO.puts(inspect(t))\n", map[string]any{"wall_ms": 5000, "memory_bytes": 64 << 20}, "memory_limit", nil, "", 0},
		{"iodata of a shared term", "t = Enum.reduce(1..60, \"x\", fn _, acc -> [acc, acc] end)\nIO.puts(IO.iodata_length(t))\n", map[string]any{"wall_ms": 5000, "reductions": 100_000}, "timeout", nil, "", 0},
		{"read a file", `IO.puts(File.read!("/etc/passwd"))`, nil, "runtime_error", notAllowed, "", 0},
		{"run a command", `System.cmd("ls", ["/"])`, nil, "runtime_error", notAllowed, "", 0},
		{"File through apply", `apply(String.to_atom("Elixir.File"), :read, ["/etc/passwd"]) |> IO.inspect()`, nil, "runtime_error", notAllowed, "", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.pending != "" {
				t.Skip("pending: " + c.pending)
			}
			fail := t.Errorf
			wall := 5000.0
			if w, ok := c.limits["wall_ms"]; ok {
				wall = float64(w.(int))
			}
			start := time.Now()
			code, doc := postJSON(t, base+"/v1/run", run(c.src, c.limits))
			took := time.Since(start)
			if code != 200 {
				t.Fatalf("HTTP %d: %v", code, doc)
			}
			if doc["status"] == "internal_error" {
				t.Fatalf("internal_error: %v", doc)
			}
			if c.status != "" && doc["status"] != c.status {
				fail("status %v, want %s (%v)", doc["status"], c.status, doc)
			}
			if took > time.Duration(wall+1000)*time.Millisecond+c.slack {
				fail("took %v, over its limit of %v ms plus a second (and %v)", took, wall, c.slack)
			}
			if c.check != nil {
				if msg := c.check(doc); msg != "" {
					fail("%s: %v", msg, doc)
				}
			}
		})
	}

	// A flood of concurrent requests: every one is answered (200 or 429).
	var wg sync.WaitGroup
	var mu sync.Mutex
	answered := map[int]int{}
	for i := 0; i < 64; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			body, _ := json.Marshal(run(fmt.Sprintf("IO.puts(%d)", i), nil))
			resp, err := http.Post(base+"/v1/run", "application/json", bytes.NewReader(body))
			if err != nil {
				t.Errorf("request %d lost: %v", i, err)
				return
			}
			resp.Body.Close()
			mu.Lock()
			answered[resp.StatusCode]++
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	if answered[200]+answered[429] != 64 {
		t.Errorf("answers to 64 concurrent requests: %v", answered)
	}

	// Afterwards the server is healthy and grades a correct submission.
	resp, err := http.Get(base + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("healthz after the abuse: %v %v", resp, err)
	}
	resp.Body.Close()
	solution := runExlite(t, ".", 30*time.Second, "lessons", "processes/ping_pong", "--solution").stdout
	code, doc := postJSON(t, base+"/v1/check", map[string]any{
		"exercise": "processes/ping_pong",
		"files":    map[string]string{"ping_pong.ex": solution},
	})
	if code != 200 || doc["status"] != "pass" || doc["version"] != float64(3) {
		t.Errorf("check of the reference solution: HTTP %d %v", code, doc)
	}
	if v, ok := doc["limit"]; !ok || v != nil {
		t.Errorf("check result must carry limit: null, got %v", v)
	}

	// SIGTERM lets the server finish and exit cleanly.
	cmd.Process.Signal(syscall.SIGTERM)
	errc := make(chan error, 1)
	go func() { errc <- cmd.Wait() }()
	select {
	case err := <-errc:
		if err != nil {
			t.Errorf("exlite serve after SIGTERM: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Error("exlite serve did not exit within 10 s of SIGTERM")
	}
}

// TestServeCheckIsExliteCheck grades every reference solution, starter
// and recorded submission (busy loops too: their runs end at the
// grader's reduction budget, however busy the machine) with POST
// /v1/check and with `exlite check --format json`: the documents must be
// the same but for the service's "limit" field. The request asks for the
// most real time a request may have, so that a loaded machine does not
// reach it.
func TestServeCheckIsExliteCheck(t *testing.T) {
	base, cmd := startServer(t)
	defer cmd.Process.Kill()
	// The group returns when its parallel tests are done.
	t.Run("each", func(t *testing.T) { checkEach(t, base) })
}

func checkEach(t *testing.T, base string) {
	for _, g := range gradedFiles(t) {
		src := readFile(t, filepath.Join(g.dir, g.file))
		t.Run(g.exercise+"/"+strings.TrimSuffix(filepath.Base(g.golden), ".txt"), func(t *testing.T) {
			t.Parallel()
			r := runExlite(t, g.dir, 60*time.Second, "check", "--format", "json", g.exercise, g.file)
			var want map[string]any
			if err := json.Unmarshal([]byte(r.stdout), &want); err != nil {
				t.Fatalf("exlite check --format json: %v: %q %q", err, r.stdout, r.stderr)
			}
			code, got := postJSON(t, base+"/v1/check", map[string]any{"exercise": g.exercise, "files": map[string]string{g.file: src},
				"limits": map[string]any{"wall_ms": 30000}})
			if code != 200 {
				t.Fatalf("HTTP %d: %v", code, got)
			}
			if l, ok := got["limit"]; !ok || l != nil {
				t.Errorf("limit: %v", l)
			}
			delete(got, "limit")
			if !reflect.DeepEqual(got, want) {
				a, _ := json.MarshalIndent(got, "", "  ")
				b, _ := json.MarshalIndent(want, "", "  ")
				t.Errorf("the service's document:\n%s\nexlite check's:\n%s", a, b)
			}
		})
	}
}

// TestServeDrainsOnSIGTERM sends SIGTERM while a submission runs: it
// finishes and is answered, then the server exits cleanly and accepts no
// more requests.
func TestServeDrainsOnSIGTERM(t *testing.T) {
	base, cmd := startServer(t)
	defer cmd.Process.Kill()
	type answer struct {
		code int
		doc  map[string]any
	}
	done := make(chan answer, 1)
	go func() {
		code, doc := postJSON(t, base+"/v1/run", run("Process.sleep(1500)\nIO.puts(\"finished\")", map[string]any{"wall_ms": 10000}))
		done <- answer{code, doc}
	}()
	// Wait until the submission runs.
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		resp, err := http.Get(base + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if strings.Contains(string(body), "\nexlite_submissions_running 1\n") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the submission did not start")
		}
	}
	cmd.Process.Signal(syscall.SIGTERM)
	select {
	case a := <-done:
		if a.code != 200 || a.doc["status"] != "ok" || a.doc["stdout"] != "finished\n" {
			t.Errorf("the running submission's answer: HTTP %d %v", a.code, a.doc)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("no answer to the running submission")
	}
	errc := make(chan error, 1)
	go func() { errc <- cmd.Wait() }()
	select {
	case err := <-errc:
		if err != nil {
			t.Errorf("exlite serve after SIGTERM: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("exlite serve did not exit after its last submission")
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Error("the server still answers after it exited")
	}
}
