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
// at its time limit, and does not outlive the runs it watched.
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
	// A run that ends long before its time limit wakes its watch, which
	// would otherwise sleep until the deadline.
	quick, err := parser.Parse("quick.exs", []byte("IO.puts(:ok)\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, limits := range []Limits{{}, {Memory: 1 << 40}} {
		if res := Execute(quick, Options{Stdout: io.Discard, Stderr: io.Discard, Timeout: 10 * time.Minute, Limits: limits}); res.Code != 0 {
			t.Errorf("memory limit %d: status %d", limits.Memory, res.Code)
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines after the runs, %d before: watch outlived its runs", n, before)
	}
}

// TestStopperWakes checks that stopping a stopper ends a sleep at once.
func TestStopperWakes(t *testing.T) {
	s := newStopper()
	woke := make(chan time.Duration)
	go func() {
		start := time.Now()
		s.sleep(time.Hour)
		for !s.stopped() { // a signal may end the sleep early
			s.sleep(time.Hour)
		}
		woke <- time.Since(start)
	}()
	time.Sleep(20 * time.Millisecond)
	s.stop()
	select {
	case <-woke:
	case <-time.After(10 * time.Second):
		t.Fatal("the sleep did not end when stopped")
	}
	start := time.Now()
	s.sleep(time.Hour) // stopped: returns at once
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("a sleep after stop took %v", d)
	}
}
