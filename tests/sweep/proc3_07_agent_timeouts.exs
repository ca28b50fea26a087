# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_07_agent_timeouts.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Agent functions take a timeout; a slow function makes the caller exit
# with {:timeout, {GenServer, :call, ...}} while the agent carries on.
{:ok, agent} = Agent.start_link(fn -> 0 end)

slow = fn s ->
  Process.sleep(100)
  s
end

r =
  try do
    Agent.get(agent, slow, 10)
  catch
    :exit, {:timeout, {GenServer, :call, [^agent, _msg, 10]}} -> :get_timed_out
  end

IO.inspect(r)

r2 =
  try do
    Agent.get_and_update(agent, fn s -> Process.sleep(100); {s, s + 1} end, 10)
  catch
    :exit, {:timeout, _} -> :gau_timed_out
  end

IO.inspect(r2)

r3 =
  try do
    Agent.update(agent, fn s -> Process.sleep(100); s + 10 end, 10)
  catch
    :exit, {reason, _} -> {:update, reason}
  end

IO.inspect(r3)
# the slow updates still happened, in order
IO.inspect(Agent.get(agent, & &1, 1000), label: "state")
IO.inspect(Agent.cast(agent, &(&1 * 2)), label: "cast")
IO.inspect(Agent.get(agent, & &1), label: "after cast")
