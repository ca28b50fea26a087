# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_42_genserver_call_formats.exs); nothing in
# it differs in 1.18 (no charlists, anonymous function names or
# version-specific messages; Elixir's own stack frames are left out).
# The caller's uncaught exit when a handle_call raises: the banner names
# the call and prints the server's exception.
defmodule Calc do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_call({:div, n}, _from, s), do: {:reply, div(s, n), s}
end

Logger.configure(level: :none)
{:ok, p} = GenServer.start(Calc, 10)
IO.inspect(GenServer.call(p, {:div, 2}))
GenServer.call(p, {:div, 0})
