# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_37_send_tuple_mistake.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# Learner mistake: sending to the {:ok, pid} tuple GenServer.start returns.
defmodule Echo do
  use GenServer
  def init(_), do: {:ok, nil}
end

result = GenServer.start(Echo, nil)
IO.inspect(elem(result, 0), label: "start returned")
send(result, :hello)
IO.puts("never")
