package interp

import (
	"bytes"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/parser"
)

func init() {
	// :exlite_test.mem() collects garbage and returns {goroutine stack
	// bytes, heap bytes in use}: what the waiting processes cost.
	rt.Register(":exlite_test", map[string]rt.BuiltinFunc{
		"mem/0": func(env rt.Env, a []term.Term) term.Term {
			var ms runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&ms)
			return term.Tuple{term.Int(ms.StackInuse), term.Int(ms.HeapInuse)}
		},
	})
}

// waitingShapes are the ways a spawned process reaches its receive; each
// is an expression spawning one process that waits for :go, then sends
// :done to me.
var waitingShapes = map[string]string{
	"fn_receive":   `spawn(fn -> receive do :go -> send(me, :done) end end)`,
	"fn_tail_call": `spawn(fn -> W.wait(me) end)`,
	"mfa":          `spawn(W, :wait, [me])`,
	"fn_block":     `spawn(fn -> x = receive do m -> m end; send(me, :done); x end)`,
	"loop":         `spawn(fn -> W.loop(me, 0) end)`,
}

const waitingModule = `
defmodule W do
  def wait(me) do
    receive do
      :go -> send(me, :done)
    end
  end

  def loop(me, n) do
    receive do
      :go -> send(me, :done)
      {:add, k} -> loop(me, n + k)
    end
  end
end
`

// waitingCost runs a program spawning n processes of the given shape
// that wait in receive, and returns the goroutine stack and heap bytes
// each costs while waiting.
func waitingCost(tb testing.TB, shape string, n int) (stack, heap float64) {
	tb.Helper()
	// A first batch is spawned and left waiting before the measure: Go
	// starts new goroutines with the average stack its last collection
	// saw, and this makes that average the waiting processes'.
	src := waitingModule + fmt.Sprintf(`
me = self()
warm = for _ <- 1..%[1]d, do: %[2]s
Process.sleep(1)
{s0, h0} = :exlite_test.mem()
pids = for _ <- 1..%[1]d, do: %[2]s
Process.sleep(1)
{s1, h1} = :exlite_test.mem()
all = warm ++ pids
Enum.each(all, &send(&1, :go))
for _ <- all, do: (receive do :done -> :ok end)
IO.puts("#{s1 - s0} #{h1 - h0}")
`, n, waitingShapes[shape])
	f, err := parser.Parse("waiting.exs", []byte(src))
	if err != nil {
		tb.Fatal(err)
	}
	var out, errb bytes.Buffer
	// Deterministic: every process has reached its receive when main's
	// sleep ends.
	if code := Run(f, Options{Stdout: &out, Stderr: &errb, Deterministic: true, NoWarnings: true}); code != 0 {
		tb.Fatalf("exit %d: %s%s", code, out.String(), errb.String())
	}
	fields := strings.Fields(out.String())
	if len(fields) != 2 {
		tb.Fatalf("output %q", out.String())
	}
	s, _ := strconv.ParseFloat(fields[0], 64)
	h, _ := strconv.ParseFloat(fields[1], 64)
	return s / float64(n), h / float64(n)
}

// TestWaitingStack checks that a process waiting in receive keeps Go's
// initial 2 KB goroutine stack, whatever way its function reached the
// receive: the frames between the goroutine's start and the park must
// stay small (a million waiting processes are a course benchmark, and a
// stack that grows doubles their memory).
func TestWaitingStack(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector's instrumentation makes frames larger")
	}
	for shape := range waitingShapes {
		t.Run(shape, func(t *testing.T) {
			stack, heap := waitingCost(t, shape, 4000)
			t.Logf("%s: %.0f stack + %.0f heap bytes per waiting process", shape, stack, heap)
			if stack > 2600 {
				t.Errorf("%s: %.0f bytes of goroutine stack per waiting process, want 2048 (the stack grew)", shape, stack)
			}
		})
	}
}

// BenchmarkWaiting reports what a waiting process costs for each shape
// (EXLITE_WAITING_N processes, 100,000 by default).
func BenchmarkWaiting(b *testing.B) {
	n := 100_000
	if s := os.Getenv("EXLITE_WAITING_N"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	for shape := range waitingShapes {
		b.Run(shape, func(b *testing.B) {
			for range b.N {
				stack, heap := waitingCost(b, shape, n)
				b.ReportMetric(stack, "stack-bytes/process")
				b.ReportMetric(heap, "heap-bytes/process")
			}
		})
	}
}
