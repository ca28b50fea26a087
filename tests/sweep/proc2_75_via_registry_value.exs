# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_75_via_registry_value.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# {:via, Registry, {reg, key, value}} stores a value with the name; an
# Agent registered through Registry.
{:ok, _} = Registry.start_link(keys: :unique, name: Names)
{:ok, a} = Agent.start_link(fn -> 1 end, name: {:via, Registry, {Names, "agent", :meta}})
IO.inspect(Registry.lookup(Names, "agent") == [{a, :meta}], label: "lookup with value")
IO.inspect(Agent.get({:via, Registry, {Names, "agent"}}, & &1), label: "get by via")
Agent.update({:via, Registry, {Names, "agent"}}, &(&1 + 1))
IO.inspect(Agent.get(a, & &1), label: "after update")
IO.inspect(Registry.whereis_name({Names, "agent"}) == a, label: "whereis_name")
IO.inspect(Registry.whereis_name({Names, "none"}), label: "whereis none")
IO.inspect(Agent.stop({:via, Registry, {Names, "agent"}}), label: "stop")
IO.inspect(Registry.lookup(Names, "agent"), label: "after stop")
