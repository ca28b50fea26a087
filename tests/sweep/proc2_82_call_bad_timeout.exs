# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_82_call_bad_timeout.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# GenServer.call with a negative timeout does not match its guard.
defmodule Echo do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(m, _, s), do: {:reply, m, s}
end

{:ok, pid} = GenServer.start_link(Echo, nil)
IO.inspect(GenServer.call(pid, :ok, :infinity), label: "infinity")

try do
  GenServer.call(pid, :x, -1)
rescue
  e -> IO.puts(inspect(e.__struct__) <> ": " <> Exception.message(e))
end

try do
  Agent.start_link(:not_a_function)
rescue
  e -> IO.puts(inspect(e.__struct__) <> ": " <> Exception.message(e))
end
