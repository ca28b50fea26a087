package interp

import (
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/exlite/exlite/parser"
)

// TestWatchEndsRuns checks the goroutine that keeps Options.Timeout and
// samples the heap for Limits.Memory (watch): it stops a busy program
// at its time limit, and does not outlive the runs it watched by more
// than its tick.
func TestWatchEndsRuns(t *testing.T) {
	file, err := parser.Parse("busy.exs", []byte("defmodule Busy do\n  def loop(n), do: loop(n + 1)\nend\n\nBusy.loop(0)\n"))
	if err != nil {
		t.Fatal(err)
	}
	before := runtime.NumGoroutine()
	for _, limits := range []Limits{{}, {Memory: 1 << 30}} {
		var errb strings.Builder
		start := time.Now()
		res := Execute(file, Options{Stdout: io.Discard, Stderr: &errb, Timeout: 200 * time.Millisecond, Limits: limits})
		if took := time.Since(start); res.Code != 124 || !res.TimedOut || took > 5*time.Second {
			t.Errorf("memory limit %d: status %d, timed out %v, after %v; want 124 and true after about 200ms", limits.Memory, res.Code, res.TimedOut, took)
		}
		if want := "time limit of 200ms"; !strings.Contains(errb.String(), want) {
			t.Errorf("memory limit %d: stderr %q, want it to name the %s", limits.Memory, errb.String(), want)
		}
	}
	deadline := time.Now().Add(10 * watchTick)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(watchTick / 5)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines after the runs, %d before: watch outlived its runs", n, before)
	}
}
