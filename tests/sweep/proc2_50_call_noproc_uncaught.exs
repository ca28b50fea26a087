# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_50_call_noproc_uncaught.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# An uncaught exit from GenServer.call to a missing name ends the script
# with the exit formatted on stderr.
defmodule Srv do
  use GenServer
  def init(s), do: {:ok, s}
end

IO.puts("calling")
GenServer.call(:not_started, {:get, 1})
