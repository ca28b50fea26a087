package backend

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/lessons"
	"github.com/exlite/exlite/serve"
)

// steadyRun is a program that leaves behind what a program can: atoms
// made from data, registered names, a process alias of a process that
// ends (a GenServer.call's), a module, an Agent, interval timers and processes still
// waiting when the main process ends. %d makes each one's atoms and
// names its own.
const steadyRun = `n = %[1]d
for i <- 1..50, do: String.to_atom("steady_#{n}_#{i}")
Process.register(self(), String.to_atom("steady_main_#{n}"))
{:ok, agent} = Agent.start_link(fn -> %%{} end)
Agent.update(agent, &Map.put(&1, String.to_atom("k#{n}"), n))
defmodule Steady%[1]d do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_call(:get, _from, x), do: {:reply, x, x}
end
{:ok, server} = GenServer.start(Steady%[1]d, n)
^n = GenServer.call(server, :get)
GenServer.stop(server)
:timer.send_interval(10, :tick)
spawn(fn -> receive do :never -> :ok end end)
IO.puts(Agent.get(agent, &map_size/1))
`

// TestManyGradingsLeaveNothing grades submissions and runs programs, a
// different text each time, many in a row and some at once, as a
// long-running service does: after a first round that fills the caches,
// the Go heap (after a collection) and the atom table must stay flat.
func TestManyGradingsLeaveNothing(t *testing.T) {
	n := 2000
	if testing.Short() {
		n = 200
	}
	be, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	ex, err := lessons.Find(be.lessons, "processes/ping_pong")
	if err != nil {
		t.Fatal(err)
	}
	// Each submission makes atoms of its own when it loads (in every run
	// of its check) and names its module's function differently.
	submission := func(i int) string {
		return fmt.Sprintf("# submission %d\n_ = String.to_atom(\"grading_%d\")\n%s", i, i,
			strings.Replace(ex.Solution, "pong_loop", fmt.Sprintf("pong_loop_%d", i), -1))
	}
	lim := serve.DefaultLimits
	one := func(i int) {
		if i%4 == 3 {
			res, err := be.Run(context.Background(), serve.RunRequest{Files: map[string]string{"main.exs": fmt.Sprintf(steadyRun, i)}}, lim)
			if err != nil || res.Status != serve.StatusOK || res.Stdout != "1\n" {
				t.Errorf("run %d: %v %+v", i, err, res)
			}
			return
		}
		res, err := be.Check(context.Background(), "processes/ping_pong", map[string]string{"ping_pong.ex": submission(i)}, lim)
		if err != nil || res.Status != "pass" {
			t.Errorf("check %d: %v %+v", i, err, res)
		}
	}
	round := func(from, to int) {
		var wg sync.WaitGroup
		next := make(chan int)
		for w := 0; w < 4; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range next {
					one(i)
				}
			}()
		}
		for i := from; i < to; i++ {
			next <- i
		}
		close(next)
		wg.Wait()
	}
	measure := func() (heap uint64, atoms int) {
		// Goroutines a program left may take a moment to end.
		time.Sleep(50 * time.Millisecond)
		var ms runtime.MemStats
		for range 3 {
			runtime.GC()
		}
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc, term.AtomCount()
	}
	warm := n / 10
	round(0, warm)
	h0, a0 := measure()
	g0 := runtime.NumGoroutine()
	round(warm, warm+n)
	h1, a1 := measure()
	g1 := runtime.NumGoroutine()
	t.Logf("%d gradings and runs: heap %.1f -> %.1f MB, atoms %d -> %d, goroutines %d -> %d",
		n, float64(h0)/(1<<20), float64(h1)/(1<<20), a0, a1, g0, g1)
	if h1 > h0+8<<20 {
		t.Errorf("the heap grew from %.1f to %.1f MB over %d gradings and runs", float64(h0)/(1<<20), float64(h1)/(1<<20), n)
	}
	if a1 > a0+1000 {
		t.Errorf("the atom table grew from %d to %d atoms over %d gradings and runs", a0, a1, n)
	}
	if g1 > g0+10 {
		t.Errorf("goroutines grew from %d to %d over %d gradings and runs", g0, g1, n)
	}
}
