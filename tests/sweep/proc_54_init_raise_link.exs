# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_54_init_raise_link.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# init/1 raises under start_link while trapping exits: start_link returns
# {:error, {exception, stack}} and an EXIT message follows.
defmodule Boom do
  use GenServer
  def init(:bad), do: raise(ArgumentError, "bad init")
  def init(:exit), do: exit(:init_exit)
end

Process.flag(:trap_exit, true)
{:error, {%ArgumentError{message: msg}, _stack}} = GenServer.start_link(Boom, :bad)
Process.sleep(200)
IO.inspect(msg, label: "error from start_link")

receive do
  {:EXIT, _pid, {%ArgumentError{}, _}} -> IO.puts("EXIT message with the exception")
after
  100 -> IO.puts("no EXIT message")
end

IO.inspect(GenServer.start_link(Boom, :exit), label: "init exits")

receive do
  {:EXIT, _pid, reason} -> IO.inspect(reason, label: "EXIT reason")
after
  100 -> IO.puts("no EXIT message")
end
