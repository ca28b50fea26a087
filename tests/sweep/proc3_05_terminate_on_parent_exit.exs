# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_05_terminate_on_parent_exit.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A server that traps exits has terminate/2 called when its parent (the
# process that started it with start_link) exits; a plain server doesn't.
defmodule Careful do
  use GenServer

  def init({name, report, trap}) do
    Process.flag(:trap_exit, trap)
    {:ok, {name, report}}
  end

  def terminate(reason, {name, report}) do
    send(report, {:terminated, name, reason})
  end
end

me = self()

for {name, trap, reason} <- [{:a, true, :shutdown}, {:b, false, :shutdown}, {:c, true, {:shutdown, :done}}, {:d, true, :normal}] do
  parent =
    spawn(fn ->
      {:ok, pid} = GenServer.start_link(Careful, {name, me, trap})
      send(me, {:child, pid})
      receive do: (:go -> exit(reason))
    end)

  child = receive do: ({:child, pid} -> pid)
  ref = Process.monitor(child)
  send(parent, :go)

  receive do
    {:terminated, ^name, r} -> IO.inspect({name, :terminate, r})
  after
    100 -> IO.inspect({name, :no_terminate})
  end

  receive do
    {:DOWN, ^ref, :process, _, r} -> IO.inspect({name, :down, r})
  after
    100 -> IO.inspect({name, :still_alive, Process.alive?(child)})
  end
end
