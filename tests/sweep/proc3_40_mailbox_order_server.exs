# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_40_mailbox_order_server.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A GenServer takes casts, plain messages and calls strictly in the order
# they reach its mailbox.
defmodule Recorder do
  use GenServer
  def init(_), do: {:ok, []}
  def handle_cast(x, log), do: {:noreply, [{:cast, x} | log]}
  def handle_info(x, log), do: {:noreply, [{:info, x} | log]}
  def handle_call(:log, _from, log), do: {:reply, Enum.reverse(log), []}
  def handle_call(x, _from, log), do: {:reply, length(log), [{:call, x} | log]}
end

{:ok, pid} = GenServer.start_link(Recorder, nil)
GenServer.cast(pid, 1)
send(pid, 2)
IO.inspect(GenServer.call(pid, 3), label: "entries before call 3")
send(pid, 4)
GenServer.cast(pid, 5)
send(pid, 6)
IO.inspect(GenServer.call(pid, :log))
IO.inspect(GenServer.call(pid, :log), label: "cleared")
