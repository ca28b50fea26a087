# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_11_global_name.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# {:global, name} registration: whereis, call by name, duplicate start.
defmodule Named do
  use GenServer

  def init(v), do: {:ok, v}
  def handle_call(:get, _from, v), do: {:reply, v, v}
end

{:ok, pid} = GenServer.start_link(Named, :hello, name: {:global, :named})
IO.inspect(GenServer.whereis({:global, :named}) == pid, label: "whereis")
IO.inspect(:global.whereis_name(:named) == pid, label: ":global.whereis_name")
IO.inspect(GenServer.call({:global, :named}, :get), label: "call")
{:error, {:already_started, p}} = GenServer.start(Named, :other, name: {:global, :named})
IO.inspect(p == pid, label: "already started")
IO.inspect(GenServer.whereis({:global, :missing}), label: "missing")

try do
  GenServer.call({:global, :missing}, :get)
catch
  :exit, reason -> IO.inspect(reason, label: "call missing")
end

GenServer.stop(pid)
IO.inspect(GenServer.whereis({:global, :named}), label: "after stop")
