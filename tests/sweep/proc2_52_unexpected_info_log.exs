# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_52_unexpected_info_log.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# The default handle_info/2 logs unexpected messages with the server's
# name or pid and keeps the state; here by name and by pid.
defmodule Plain do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:get, _from, s), do: {:reply, s, s}
end

{:ok, _} = GenServer.start_link(Plain, 1, name: :plain)
send(:plain, {:unexpected, [1, 2]})
Process.sleep(50)
IO.inspect(GenServer.call(:plain, :get), label: "named")
{:ok, pid} = GenServer.start_link(Plain, 2)
send(pid, "text")
Process.sleep(50)
IO.inspect(GenServer.call(pid, :get), label: "unnamed")
