# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_21_agent_basics.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# Agent: state in a process, get/update/get_and_update/cast, and a
# crashing update function.
{:ok, agent} = Agent.start_link(fn -> %{} end)
Agent.update(agent, &Map.put(&1, :apples, 3))
Agent.update(agent, &Map.update(&1, :apples, 0, fn n -> n + 2 end))
IO.inspect(Agent.get(agent, & &1), label: "state")
IO.inspect(Agent.get(agent, &Map.get(&1, :apples)), label: "apples")

popped = Agent.get_and_update(agent, fn state -> Map.pop(state, :apples) end)
IO.inspect(popped, label: "get_and_update")
IO.inspect(Agent.cast(agent, fn s -> Map.put(s, :pears, 1) end), label: "cast")
IO.inspect(Agent.get(agent, &Map.keys/1), label: "keys")

{:ok, named} = Agent.start(fn -> 0 end, name: :tally)
for i <- 1..5, do: Agent.update(:tally, &(&1 + i))
IO.inspect(Agent.get(:tally, & &1), label: "tally")
IO.inspect(Agent.stop(:tally), label: "stop")
IO.inspect(Process.alive?(named), label: "alive after stop")

try do
  Agent.get(:tally, & &1)
catch
  :exit, {reason, {GenServer, :call, _}} -> IO.inspect(reason, label: "get on stopped agent")
end
