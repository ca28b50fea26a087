# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_08_multi_call_abcast.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# multi_call and abcast on the local node reach a locally registered name.
defmodule Box do
  use GenServer

  def init(v), do: {:ok, v}
  def handle_call(:get, _from, v), do: {:reply, v, v}
  def handle_cast({:set, v}, _), do: {:noreply, v}
end

{:ok, _} = GenServer.start_link(Box, 1, name: :box)
IO.inspect(GenServer.abcast(:box, {:set, 7}), label: "abcast")
{replies, bad} = GenServer.multi_call(:box, :get)
IO.inspect(replies, label: "replies")
IO.inspect(bad, label: "bad nodes")
IO.inspect(GenServer.multi_call(:nobody, :get), label: "no such name")
IO.inspect(GenServer.abcast(:nobody, :x), label: "abcast nobody")
