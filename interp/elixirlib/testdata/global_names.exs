# :global names on one node: GenServer, Agent, Supervisor and
# DynamicSupervisor registered as {:global, term}, :global's own API.
defmodule S do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:get, _, s), do: {:reply, s, s}
  def handle_cast({:set, v}, _), do: {:noreply, v}
end
{:ok, pid} = GenServer.start_link(S, 1, name: {:global, {:s, 1}})
IO.inspect(GenServer.start(S, 2, name: {:global, {:s, 1}}) == {:error, {:already_started, pid}})
GenServer.cast({:global, {:s, 1}}, {:set, 5})
IO.inspect(GenServer.call({:global, {:s, 1}}, :get))
IO.inspect(:global.registered_names())
IO.inspect(:global.register_name(:other, self()))
IO.inspect(Enum.sort(:global.registered_names()))
IO.inspect(:global.send(:other, :hi) == self())
receive do: (:hi -> IO.puts("got hi"))
IO.inspect(:global.unregister_name(:other))
IO.inspect(:global.whereis_name(:other))
dead = spawn(fn -> :ok end)
Process.sleep(10)
IO.inspect(:global.register_name(:dead, dead))
IO.inspect(:global.whereis_name(:dead))
IO.inspect(GenServer.stop({:global, {:s, 1}}))
IO.inspect(:global.registered_names())
IO.inspect(GenServer.cast({:global, :none}, :x))
{:ok, a} = Agent.start_link(fn -> 7 end, name: {:global, :agent})
IO.inspect(Agent.get({:global, :agent}, & &1))
IO.inspect(GenServer.whereis({:global, :agent}) == a)
{:ok, s} = Supervisor.start_link([], strategy: :one_for_one, name: {:global, :sup})
IO.inspect(Supervisor.which_children({:global, :sup}))
{:ok, d} = DynamicSupervisor.start_link(strategy: :one_for_one, name: {:global, :dsup})
IO.inspect(DynamicSupervisor.count_children({:global, :dsup}))
IO.inspect({s, d} == {:global.whereis_name(:sup), :global.whereis_name(:dsup)})
try do
  :global.send(:none, :x)
catch
  :exit, r -> IO.inspect(r)
end
