package interp

import (
	"regexp"
	"testing"
)

// parkProgram exercises processes whose receive is in tail position of
// their first function, which wait without a goroutine (park.go): a
// loop reached by tail calls with selective receive, a receive nested in
// a clause, an after, a crash in a clause run after the wait, and exit
// signals. Its output is real Elixir's (Elixir 1.14 agrees but for the
// first pid numbers and the ArithmeticError message, which 1.18 extends).
const parkProgram = `defmodule Counter do
  def loop(n) do
    receive do
      {:add, k} -> loop(n + k)
      {:get, from} ->
        send(from, {:count, n})
        loop(n)
      :nested ->
        receive do
          :inner -> loop(n * 10)
        end
      {:crash, x} -> loop(div(n, x))
    after
      1000 -> IO.puts("idle at #{n}"); loop(n)
    end
  end
end

me = self()
c = spawn(fn -> Counter.loop(0) end)
for k <- 1..10, do: send(c, {:add, k})
send(c, :junk)
send(c, {:get, me})
receive do {:count, n} -> IO.inspect(n, label: "count") end
Process.sleep(10)
IO.inspect(Process.info(c, :messages))
IO.inspect(Process.info(c, :status))
send(c, :nested)
send(c, {:add, 1})
send(c, :inner)
send(c, {:get, me})
receive do {:count, n} -> IO.inspect(n, label: "nested") end
Process.sleep(1500)
ref = Process.monitor(c)
send(c, {:crash, 0})
receive do {:DOWN, r, :process, _, {reason, _}} when r == ref -> IO.inspect(reason, label: "down") end
p2 = spawn(fn -> receive do x -> send(me, {:got, x}) after 50 -> send(me, :timeout) end end)
receive do m -> IO.inspect(m) end
IO.inspect(Process.alive?(p2))
p3 = spawn(fn -> receive do :never -> :ok end end)
Process.link(p3)
Process.flag(:trap_exit, true)
Process.exit(p3, :boom)
receive do {:EXIT, ^p3, r} -> IO.inspect(r, label: "exit") end
`

// TestParkedReceive runs parkProgram in the deterministic mode (its
// timeouts then mean the same on a loaded machine) and in the parallel
// one (but for the crash report's time-stamp).
func TestParkedReceive(t *testing.T) {
	const want = `count: 55
{:messages, [:junk]}
{:status, :waiting}
nested: 551
idle at 551
down: :badarith

00:00:01.510 [error] Process #PID<0.97.0> raised an exception
** (ArithmeticError) bad argument in arithmetic expression: div(551, 0)
    :erlang.div(551, 0)
    park.exs:12: Counter.loop/1
:timeout
false
exit: :boom
`
	out, errOut, code := runGolden(t, "park.exs", parkProgram)
	if out != want || errOut != "" || code != 0 {
		t.Errorf("deterministic: status %d\n--- stdout\n%s--- stderr\n%s", code, out, errOut)
	}
	out, errOut, code = runSource(t, "park.exs", parkProgram)
	out = timeStamp.ReplaceAllString(out, "00:00:01.510")
	if out != want || errOut != "" || code != 0 {
		t.Errorf("parallel: status %d\n--- stdout\n%s--- stderr\n%s", code, out, errOut)
	}
}

// timeStamp is a log line's time of day.
var timeStamp = regexp.MustCompile(`(?m)^\d\d:\d\d:\d\d\.\d\d\d`)

// TestParkedDeepRecursion: a process resumed on a new goroutine measures
// the Go stack its calls take from there (a deep body recursion after
// the wait is no stack overflow, a runaway one still is).
func TestParkedDeepRecursion(t *testing.T) {
	src := `defmodule D do
  def down(0), do: 0
  def down(n), do: 1 + down(n - 1)
  def wait(me) do
    receive do
      {:depth, n} -> send(me, {:ok, down(n)}); wait(me)
    end
  end
end
me = self()
pid = spawn(fn -> D.wait(me) end)
send(pid, {:depth, 100_000})
receive do {:ok, n} -> IO.puts(n) end
send(pid, {:depth, 200_000})
receive do {:ok, n} -> IO.puts(n) end
`
	out, errOut, code := runGolden(t, "deep.exs", src)
	if out != "100000\n200000\n" || code != 0 {
		t.Errorf("status %d\n--- stdout\n%s--- stderr\n%s", code, out, errOut)
	}
}
