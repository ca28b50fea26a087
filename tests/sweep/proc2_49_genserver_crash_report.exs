# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_49_genserver_crash_report.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A GenServer that stops with a custom reason from handle_cast prints
# the terminating report with the last message and state.
defmodule Stopper do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_cast({:stop, reason}, s), do: {:stop, reason, s}
end

{:ok, pid} = GenServer.start(Stopper, %{count: 3})
ref = Process.monitor(pid)
GenServer.cast(pid, {:stop, {:bad_thing, 42}})
receive do: ({:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "down"))
{:ok, pid2} = GenServer.start(Stopper, :quiet)
ref2 = Process.monitor(pid2)
GenServer.cast(pid2, {:stop, {:shutdown, :bye}})
receive do: ({:DOWN, ^ref2, _, _, r} -> IO.inspect(r, label: "down quiet"))
{:ok, pid3} = GenServer.start(Stopper, :normal)
ref3 = Process.monitor(pid3)
GenServer.cast(pid3, {:stop, :normal})
receive do: ({:DOWN, ^ref3, _, _, r} -> IO.inspect(r, label: "down normal"))
Process.sleep(50)
