# Registry: unique and duplicate keys: several keys per process, the same
# key twice, unregister, unregister_match, values/keys, match/count_match,
# dispatch with a fun and an MFA, count, via names with a value, and
# entries going away with their process.
defmodule Listener do
  def start(reg, keys, parent) do
    spawn(fn ->
      for {k, v} <- keys, do: {:ok, _} = Registry.register(reg, k, v)
      send(parent, {:registered, self()})
      loop(parent)
    end)
  end

  defp loop(parent) do
    receive do
      :stop -> :ok
      msg -> send(parent, {:got, self(), msg}); loop(parent)
    end
  end

  def notify(entries, tag), do: for({pid, v} <- entries, do: send(pid, {tag, v}))
end

defmodule Wait do
  def registered(pid), do: receive(do: ({:registered, ^pid} -> pid))
  def settle, do: Process.sleep(100)
  def got(n), do: Enum.sort(for _ <- 1..n, do: receive(do: ({:got, _, msg} -> msg)))
end

me = self()
{:ok, _} = Registry.start_link(keys: :unique, name: U)
{:ok, _} = Registry.register(U, "a", 1)
{:ok, _} = Registry.register(U, {:tuple, 2}, %{two: 2})
IO.inspect(Registry.register(U, "a", 3) |> then(fn {:error, {:already_registered, p}} -> p == me end), label: "same key again")
IO.inspect(Registry.keys(U, me) |> Enum.sort(), label: "keys")
IO.inspect(Registry.lookup(U, {:tuple, 2}) == [{me, %{two: 2}}], label: "lookup tuple key")
IO.inspect(Registry.values(U, "a", me), label: "values")
IO.inspect(Registry.match(U, {:tuple, 2}, %{two: :_}) |> length(), label: "match map pattern")
IO.inspect(Registry.count(U), label: "count")
IO.inspect(Registry.unregister(U, "nope"), label: "unregister unknown key")
IO.inspect(Registry.unregister(U, "a"), label: "unregister a")
IO.inspect(Registry.keys(U, me), label: "keys")

other = Wait.registered(Listener.start(U, [{"b", :b}, {"c", :c}], me))
IO.inspect(Registry.keys(U, other) |> Enum.sort(), label: "other's keys")
IO.inspect(Registry.count(U), label: "count")
IO.inspect(Registry.unregister(U, "b"), label: "unregister someone else's key")
IO.inspect(Registry.lookup(U, "b") == [{other, :b}], label: "still there")
send(other, :stop)
Wait.settle()
IO.inspect({Registry.lookup(U, "b"), Registry.keys(U, other), Registry.count(U)}, label: "after it ended")

# via names with a value
{:ok, agent} = Agent.start_link(fn -> 0 end, name: {:via, Registry, {U, "agent", :with_value}})
IO.inspect(Registry.lookup(U, "agent") == [{agent, :with_value}], label: "via registered its value")
IO.inspect(Agent.get({:via, Registry, {U, "agent"}}, & &1), label: "agent through via")
IO.inspect(GenServer.whereis({:via, Registry, {U, "agent"}}) == agent, label: "whereis via")
IO.inspect(Agent.start_link(fn -> 1 end, name: {:via, Registry, {U, "agent"}}) |> then(fn {:error, {:already_started, p}} -> p == agent end), label: "via name taken")
Agent.stop(agent)
IO.inspect(GenServer.whereis({:via, Registry, {U, "agent"}}), label: "whereis after stop")

# duplicate keys
{:ok, _} = Registry.start_link(keys: :duplicate, name: D)
{:ok, _} = Registry.register(D, "topic", :first)
{:ok, _} = Registry.register(D, "topic", :second)
{:ok, _} = Registry.register(D, "other", {:x, 1})
IO.inspect(Registry.values(D, "topic", me) |> Enum.sort(), label: "own values")
IO.inspect(Registry.keys(D, me) |> Enum.sort(), label: "keys")
l1 = Wait.registered(Listener.start(D, [{"topic", {:l, 1}}, {"other", {:x, 2}}], me))
l2 = Wait.registered(Listener.start(D, [{"topic", {:l, 2}}], me))
IO.inspect(Registry.lookup(D, "topic") |> Enum.map(&elem(&1, 1)) |> Enum.sort(), label: "topic values")
IO.inspect(Registry.count(D), label: "count")
IO.inspect(Registry.count_match(D, "topic", {:l, :_}), label: "count_match {:l, _}")
IO.inspect(Registry.match(D, "other", {:x, :"$1"}) |> Enum.map(&elem(&1, 1)) |> Enum.sort(), label: "match with a variable")
Registry.dispatch(D, "topic", fn entries -> for {pid, v} <- entries, pid != me, do: send(pid, {:hello, v}) end)
IO.inspect(Wait.got(2), label: "dispatched with a fun")
Registry.dispatch(D, "other", {Listener, :notify, [:mfa]})
receive do
  {:mfa, v} -> IO.inspect(v, label: "dispatched to me")
end
IO.inspect(Wait.got(1), label: "dispatched with an MFA")
IO.inspect(Registry.unregister_match(D, "topic", :second), label: "unregister_match")
IO.inspect(Registry.values(D, "topic", me), label: "own values")
IO.inspect(Registry.unregister(D, "topic"), label: "unregister")
IO.inspect(Registry.lookup(D, "topic") |> Enum.map(&elem(&1, 1)) |> Enum.sort(), label: "topic values")
send(l1, :stop)
Wait.settle()
IO.inspect(Registry.lookup(D, "topic") == [{l2, {:l, 2}}], label: "l1's entries went with it")
IO.inspect(Registry.count(D), label: "count")
IO.inspect(Registry.count_match(D, "nothing", :_), label: "count_match of a missing key")
try do
  Registry.update_value(D, "other", & &1)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  GenServer.whereis({:via, Registry, {D, "other"}})
rescue
  e -> IO.puts(Exception.message(e))
end
send(l2, :stop)
