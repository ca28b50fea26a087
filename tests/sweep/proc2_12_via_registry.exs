# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_12_via_registry.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# {:via, Registry, {reg, key}}: start, call and cast by name, whereis,
# lookup, and the name going away when the server stops.
defmodule Counter do
  use GenServer

  def start_link(name), do: GenServer.start_link(__MODULE__, 0, name: via(name))
  def via(name), do: {:via, Registry, {Counters, name}}

  def init(n), do: {:ok, n}
  def handle_call(:get, _from, n), do: {:reply, n, n}
  def handle_cast(:inc, n), do: {:noreply, n + 1}
end

{:ok, _} = Registry.start_link(keys: :unique, name: Counters)
{:ok, a} = Counter.start_link("a")
{:ok, _b} = Counter.start_link("b")
GenServer.cast(Counter.via("a"), :inc)
GenServer.cast(Counter.via("a"), :inc)
GenServer.cast(Counter.via("b"), :inc)
IO.inspect(GenServer.call(Counter.via("a"), :get), label: "a")
IO.inspect(GenServer.call(Counter.via("b"), :get), label: "b")
IO.inspect(GenServer.whereis(Counter.via("a")) == a, label: "whereis a")
IO.inspect(Registry.lookup(Counters, "a") == [{a, nil}], label: "lookup a")
{:error, {:already_started, ^a}} = Counter.start_link("a")
IO.puts("duplicate refused")
IO.inspect(Registry.keys(Counters, a), label: "keys")
GenServer.stop(a)
IO.inspect(Registry.lookup(Counters, "a"), label: "after stop")
IO.inspect(GenServer.whereis(Counter.via("a")), label: "whereis after stop")
IO.inspect(Registry.count(Counters), label: "count")
