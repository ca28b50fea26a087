{:ok, pid} = Agent.start_link(fn -> 0 end)
Agent.update(pid, &(&1 + 1))
IO.inspect(Agent.get(pid, & &1))
Agent.fetch(pid)
