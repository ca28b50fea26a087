# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_14_alive_after_stop.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Process.alive? right after GenServer.stop and Agent.stop: stop waits
# for the process to be gone.
defmodule Idle do
  use GenServer
  def init(_), do: {:ok, nil}
end

{:ok, g} = GenServer.start_link(Idle, nil)
{:ok, a} = Agent.start_link(fn -> 0 end)
IO.inspect({Process.alive?(g), Process.alive?(a)}, label: "before")
:ok = GenServer.stop(g)
:ok = Agent.stop(a)
IO.inspect({Process.alive?(g), Process.alive?(a)}, label: "after")
Process.flag(:trap_exit, true)
{:ok, h} = GenServer.start_link(Idle, nil)
GenServer.stop(h, :custom)

receive do
  {:EXIT, ^h, reason} -> IO.inspect(reason, label: "exit")
end
