# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_38_registry_via.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# {:via, Registry, {reg, key}} names for GenServer and Agent, with a
# value; whereis_name/send through the via tuple, and a second start
# under the same name.
defmodule Counter do
  use GenServer
  def start_link(id), do: GenServer.start_link(__MODULE__, 0, name: via(id))
  def via(id), do: {:via, Registry, {Counters, id}}
  def init(n), do: {:ok, n}
  def handle_call(:inc, _from, n), do: {:reply, n + 1, n + 1}
  def handle_info({:add, k}, n), do: {:noreply, n + k}
end

{:ok, _} = Registry.start_link(keys: :unique, name: Counters)
{:ok, pid} = Counter.start_link(:a)
IO.inspect(GenServer.call(Counter.via(:a), :inc))
IO.inspect(Counter.start_link(:a) == {:error, {:already_started, pid}}, label: "already_started")
IO.inspect(GenServer.whereis(Counter.via(:a)) == pid)
IO.inspect(GenServer.whereis(Counter.via(:zzz)))
IO.inspect(Registry.whereis_name({Counters, :a}) == pid)
IO.inspect(Registry.whereis_name({Counters, :zzz}))
Registry.send({Counters, :a}, {:add, 10})
IO.inspect(GenServer.call(Counter.via(:a), :inc))

try do
  Registry.send({Counters, :zzz}, :x)
rescue
  e -> IO.inspect(e)
end

{:ok, ag} = Agent.start_link(fn -> :v end, name: {:via, Registry, {Counters, :agent, :meta}})
IO.inspect(Registry.lookup(Counters, :agent) == [{ag, :meta}], label: "via with value")
IO.inspect(Agent.get({:via, Registry, {Counters, :agent}}, & &1))

try do
  GenServer.call(Counter.via(:zzz), :inc)
catch
  :exit, reason -> IO.inspect(reason)
end
