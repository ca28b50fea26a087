# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_23_registry_via_gen_server.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Naming GenServers and Agents through {:via, Registry, {reg, key}} and
# {:via, Registry, {reg, key, value}}; whereis, send and stop through them.
{:ok, _} = Registry.start_link(keys: :unique, name: Rooms)

defmodule Room do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, [], name: {:via, Registry, {Rooms, name, :chat}})
  def init(msgs), do: {:ok, msgs}
  def handle_cast({:say, m}, msgs), do: {:noreply, [m | msgs]}
  def handle_call(:log, _from, msgs), do: {:reply, Enum.reverse(msgs), msgs}
  def handle_info(m, msgs), do: {:noreply, [{:info, m} | msgs]}
end

{:ok, lobby} = Room.start_link("lobby")
via = {:via, Registry, {Rooms, "lobby"}}
GenServer.cast(via, {:say, "hi"})
# send/2 does not take a :via name: Kernel.send raises
try do
  send(via, :ping)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end

GenServer.whereis(via) |> send(:ping)
IO.inspect(GenServer.call(via, :log), label: "log")
IO.inspect(GenServer.whereis(via) == lobby, label: "whereis")
IO.inspect(Registry.lookup(Rooms, "lobby") == [{lobby, :chat}], label: "value stored")
IO.inspect(Room.start_link("lobby") == {:error, {:already_started, lobby}}, label: "already started")
{:ok, agent} = Agent.start_link(fn -> 0 end, name: {:via, Registry, {Rooms, :agent}})
Agent.update({:via, Registry, {Rooms, :agent}}, &(&1 + 5))
IO.inspect(Agent.get(agent, & &1), label: "agent via")
:ok = GenServer.stop(via)
IO.inspect(GenServer.whereis(via), label: "whereis after stop")

try do
  GenServer.call(via, :log)
catch
  :exit, {:noproc, {GenServer, :call, [name, :log, 5000]}} -> IO.inspect(name, label: "noproc for")
end
