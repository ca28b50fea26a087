# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_15_unhandled_info.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# A GenServer without handle_info gets a plain message: the default
# implementation logs it and keeps going.
defmodule Quiet do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:state, _from, s), do: {:reply, s, s}
end

{:ok, pid} = GenServer.start_link(Quiet, :calm, name: Quiet)
send(pid, :surprise)
Process.sleep(100)
IO.inspect(GenServer.call(Quiet, :state), label: "state")
