# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_22_agent_timeout.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# Agent.get with a slow function and a short timeout exits the caller.
{:ok, agent} = Agent.start(fn -> [] end)

try do
  Agent.get(agent, fn s -> Process.sleep(200); s end, 50)
catch
  :exit, {:timeout, {GenServer, :call, [_pid, _msg, 50]}} -> IO.puts("Agent.get timed out")
end

Process.sleep(250)
IO.inspect(Agent.get(agent, &length/1), label: "still works")
IO.inspect(Agent.update(agent, fn s -> [1 | s] end, 1000), label: "update")
IO.inspect(Agent.get(agent, & &1), label: "state")
