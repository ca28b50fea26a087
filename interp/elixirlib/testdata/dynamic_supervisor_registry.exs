# DynamicSupervisor and Registry: start_child, max_children, restarts,
# terminate_child, counts; unique and duplicate keys, via names, dispatch.
defmodule Counter do
  use Agent, restart: :transient
  def start_link({name, n}), do: Agent.start_link(fn -> n end, name: name)
  def start_link(n), do: Agent.start_link(fn -> n end)
end

{:ok, reg} = Registry.start_link(keys: :unique, name: Names)
IO.inspect(Process.whereis(Names) == reg, label: "registry registered")
{:ok, dyn} = DynamicSupervisor.start_link(strategy: :one_for_one, max_children: 3, name: Dyn)
via = fn key -> {:via, Registry, {Names, key}} end
{:ok, a} = DynamicSupervisor.start_child(Dyn, {Counter, {via.("a"), 1}})
{:ok, b} = DynamicSupervisor.start_child(Dyn, {Counter, {via.("b"), 2}})
IO.inspect(Registry.lookup(Names, "a") == [{a, nil}], label: "lookup a")
IO.inspect(Agent.get(via.("b"), & &1), label: "agent via registry")
IO.inspect(GenServer.whereis(via.("b")) == b, label: "whereis via")
IO.inspect(DynamicSupervisor.start_child(Dyn, {Counter, {via.("a"), 9}}), label: "same via name" ) |> then(fn {:error, {:already_started, p}} -> p == a end) |> IO.inspect(label: "already_started is a")
{:ok, _c} = DynamicSupervisor.start_child(Dyn, {Counter, 3})
IO.inspect(DynamicSupervisor.start_child(Dyn, {Counter, 4}), label: "max_children")
IO.inspect(DynamicSupervisor.count_children(Dyn), label: "count")
IO.inspect(DynamicSupervisor.which_children(Dyn) |> Enum.map(fn {id, p, t, m} -> {id, is_pid(p), t, m} end), label: "which_children")
Process.exit(a, :kill)
Process.sleep(150)
[{a2, nil}] = Registry.lookup(Names, "a")
IO.inspect(a2 != a and Agent.get(a2, & &1) == 1, label: "transient restarted under same name")
Agent.stop(b)
Process.sleep(150)
IO.inspect(Registry.lookup(Names, "b"), label: "b after normal stop")
IO.inspect(DynamicSupervisor.count_children(Dyn), label: "count after normal stop")
IO.inspect(DynamicSupervisor.terminate_child(Dyn, a2), label: "terminate_child")
IO.inspect(DynamicSupervisor.terminate_child(Dyn, a2), label: "terminate_child again")
IO.inspect(Registry.lookup(Names, "a"), label: "a after terminate")
IO.inspect(DynamicSupervisor.start_child(Dyn, %{id: 1}), label: "invalid spec")
IO.inspect(DynamicSupervisor.start_child(Dyn, %{id: 1, start: {Kernel, :exit, [:nope]}}), label: "start exits")
IO.inspect(DynamicSupervisor.start_child(Dyn, %{id: 1, start: {Kernel, :apply, [fn -> :ignore end, []]}}), label: "ignore")
IO.inspect(DynamicSupervisor.start_child(Dyn, %{id: 1, start: {Counter, :start_link, [5]}, restart: :never}), label: "bad restart")

# Registry API
{:ok, _} = Registry.start_link(keys: :unique, name: U)
IO.inspect(Registry.register(U, :k, :v1) |> elem(0), label: "register")
IO.inspect(Registry.register(U, :k, :v2), label: "register again") |> then(fn {:error, {:already_registered, p}} -> p == self() end) |> IO.inspect(label: "self already registered")
IO.inspect(Registry.lookup(U, :k) == [{self(), :v1}], label: "lookup")
IO.inspect(Registry.update_value(U, :k, &{&1, :updated}), label: "update_value")
IO.inspect(Registry.update_value(U, :missing, & &1), label: "update_value missing")
IO.inspect(Registry.keys(U, self()), label: "keys")
IO.inspect(Registry.values(U, :k, self()), label: "values")
IO.inspect(Registry.count(U), label: "count")
IO.inspect(Registry.unregister(U, :k), label: "unregister")
IO.inspect(Registry.lookup(U, :k), label: "lookup after unregister")
parent = self()
other = spawn(fn -> {:ok, _} = Registry.register(U, :taken, 1); send(parent, :registered); receive do :go -> :ok end end)
receive do :registered -> :ok end
IO.inspect(Registry.register(U, :taken, 2) |> then(fn {:error, {:already_registered, p}} -> p == other end), label: "taken by other")
send(other, :go)
Process.sleep(150)
IO.inspect(Registry.lookup(U, :taken), label: "entry gone with its process")
IO.inspect(Registry.register(U, :taken, 3) |> elem(0), label: "now free")
{:ok, _} = Registry.start_link(keys: :duplicate, name: Topics)
for i <- 1..3 do
  spawn(fn -> Registry.register(Topics, "news", i); send(parent, {:ready, i}); receive do msg -> send(parent, {:got, i, msg}) end end)
end
for i <- 1..3, do: receive(do: ({:ready, ^i} -> :ok))
{:ok, _} = Registry.register(Topics, "news", :me)
{:ok, _} = Registry.register(Topics, "news", :me_again)
IO.inspect(Registry.lookup(Topics, "news") |> Enum.map(&elem(&1, 1)) |> Enum.sort(), label: "duplicate values")
IO.inspect(Registry.count(Topics), label: "duplicate count")
IO.inspect(Registry.match(Topics, "news", :me) |> Enum.map(&elem(&1, 1)), label: "match")
IO.inspect(Registry.count_match(Topics, "news", :_), label: "count_match")
Registry.dispatch(Topics, "news", fn entries -> for {pid, _} <- entries, pid != self(), do: send(pid, :hello) end)
got = for _ <- 1..3, do: receive(do: ({:got, i, msg} -> {i, msg}))
IO.inspect(Enum.sort(got), label: "dispatched")
IO.inspect(Registry.dispatch(Topics, "nobody", fn _ -> IO.puts("never") end), label: "dispatch none")
IO.inspect(Registry.unregister(Topics, "news"), label: "unregister duplicate")
Process.sleep(150)
IO.inspect(Registry.lookup(Topics, "news"), label: "after")
IO.inspect(Registry.meta(U, :missing), label: "meta")
IO.inspect(Registry.put_meta(U, :color, :blue), label: "put_meta")
IO.inspect(Registry.meta(U, :color), label: "meta")
try do
  Registry.lookup(NoSuchRegistry, :x)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  Registry.start_link(keys: :sometimes, name: X)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  Registry.start_link(keys: :unique)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  GenServer.start_link(Agent.Server, fn -> 1 end, name: {:via, Registry, {Topics, "x"}})
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  send({:via, Registry, {Names, "nobody"}}, :hi)
rescue
  e -> IO.inspect(e.__struct__, label: "send via unknown")
catch
  kind, reason -> IO.inspect({kind, reason}, label: "send via unknown")
end
IO.inspect(GenServer.cast({:via, Registry, {Names, "nobody"}}, :hi), label: "cast via unknown")
try do
  GenServer.call({:via, Registry, {Names, "nobody"}}, :hi)
catch
  :exit, reason -> IO.inspect(reason, label: "call via unknown")
end
IO.inspect(DynamicSupervisor.stop(Dyn), label: "stop")
