# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_80_start_link_arity.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# GenServer.start_link/1 does not exist: the UndefinedFunctionError
# suggests the arities that do.
defmodule Box do
  use GenServer
  def init(s), do: {:ok, s}
end

IO.puts("starting")
GenServer.start_link(Box)
