# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_30_call_dead_uncaught.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# An uncaught exit from GenServer.call to a server that stopped: the
# exit message names the call and explains the reason.
defmodule Quitter do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_call(:quit, _from, s), do: {:stop, :normal, s}
end

{:ok, p} = GenServer.start(Quitter, 0)
IO.puts("calling")
GenServer.call(p, :quit)
IO.puts("not reached")
