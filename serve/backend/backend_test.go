package backend

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/exlite/exlite/lessons"
	"github.com/exlite/exlite/serve"
)

// BenchmarkCheckPingPong grades the reference PingPong solution, a
// different text each time (a comment holds the iteration's number), as
// POST /v1/check does.
func BenchmarkCheckPingPong(b *testing.B) {
	be, err := New(nil)
	if err != nil {
		b.Fatal(err)
	}
	ex, err := lessons.Find(be.lessons, "processes/ping_pong")
	if err != nil {
		b.Fatal(err)
	}
	lim := serve.DefaultLimits
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		src := fmt.Sprintf("# submission %d\n%s", i, ex.Solution)
		res, err := be.Check(context.Background(), "processes/ping_pong", map[string]string{"ping_pong.ex": src}, lim)
		if err != nil || res.Status != "pass" {
			b.Fatalf("%v %+v", err, res)
		}
	}
}

// TestRunReportsCounters: a run reports the reductions it spent and the
// most processes it had alive at once.
func TestRunReportsCounters(t *testing.T) {
	be, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	src := "defmodule C do\n  def count(0), do: :ok\n  def count(n), do: count(n - 1)\nend\n" +
		"pids = for _ <- 1..5, do: spawn(fn -> receive do :go -> :ok end end)\n" +
		"C.count(10_000)\nEnum.each(pids, &send(&1, :go))\n"
	res, err := be.Run(context.Background(), serve.RunRequest{Files: map[string]string{"main.exs": src}}, serve.DefaultLimits)
	if err != nil || res.Status != serve.StatusOK {
		t.Fatalf("%v %+v", err, res)
	}
	if res.Reductions < 10_000 {
		t.Errorf("reductions %d, want at least the 10,000 calls of count/1", res.Reductions)
	}
	if res.ProcessesPeak != 6 {
		t.Errorf("processes_peak %d, want 6 (main and 5)", res.ProcessesPeak)
	}
}

// TestRunMemoryPeakOfStoppedRecursion: a body recursion stopped by the
// call stack's part of the memory limit reports as memory_peak what was
// counted when it stopped, not 0 (the stack is counted on each call, not
// sampled).
func TestRunMemoryPeakOfStoppedRecursion(t *testing.T) {
	be, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	src := "defmodule R do\n  def down(n), do: 1 + down(n + 1)\nend\nR.down(0)\n"
	lim := serve.DefaultLimits
	lim.WallMS = 30_000
	res, err := be.Run(context.Background(), serve.RunRequest{Files: map[string]string{"main.exs": src}}, lim)
	if err != nil {
		t.Fatal(err)
	}
	if res.Status != serve.StatusMemoryLimit {
		t.Skipf("status %s: the recursion was stopped otherwise than by the memory limit", res.Status)
	}
	// The stack's part is counted at twice the Go stack it takes, whose
	// budget is half the limit: what was counted when it stopped is about
	// the limit (a quarter leaves room for how the stack is measured).
	if res.MemoryPeak < lim.MemoryBytes/4 {
		t.Errorf("memory_peak %d, want about the limit of %d bytes the stack reached", res.MemoryPeak, lim.MemoryBytes)
	}
}

// TestPacing: a long-running submission is paced only while a quick one
// is under way, and at the lane's rate.
func TestPacing(t *testing.T) {
	p := &pacer{rate: 1_000_000} // a million reductions a second
	long := p.start(context.Background())
	long.pace(LongAfter) // turns long: no longer counted as quick
	if n := p.quick.Load(); n != 0 {
		t.Fatalf("quick %d after the submission turned long, want 0", n)
	}
	if w := p.charge(500_000); w != 0 {
		t.Errorf("with nothing quick under way, a wait of %v", w)
	}
	quick := p.start(context.Background())
	defer quick.end()
	// Half a second of the lane's work, beyond its burst: a wait.
	if w := p.charge(500_000); w < 400*time.Millisecond || w > 500*time.Millisecond {
		t.Errorf("wait %v, want about 500 ms less the burst", w)
	}
	long.end()
	if n := p.quick.Load(); n != 1 {
		t.Errorf("quick %d after the long one ended, want 1", n)
	}
}

// TestLoopIsPacedAndStopped: an infinite loop beside a quick submission
// turns long-running and still ends at its wall limit.
func TestLoopIsPacedAndStopped(t *testing.T) {
	be, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	quick := be.pacer.start(context.Background())
	defer quick.end()
	lim := serve.DefaultLimits
	lim.WallMS = 500
	start := time.Now()
	res, err := be.Run(context.Background(), serve.RunRequest{Files: map[string]string{"main.exs": "defmodule L do\n  def loop, do: loop()\nend\nL.loop()\n"}}, lim)
	took := time.Since(start)
	if err != nil || res.Status != serve.StatusTimeout || res.Limit == nil || *res.Limit != "wall_ms" {
		t.Fatalf("%v %+v", err, res)
	}
	if took > 1500*time.Millisecond {
		t.Errorf("took %v for a 500 ms limit", took)
	}
	// Paced: far fewer reductions than half a second at full speed.
	if res.Reductions > LongAfter+LongRate {
		t.Errorf("%d reductions: not paced", res.Reductions)
	}
}
