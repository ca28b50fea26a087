# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_44_agent_named_and_supervised.exs); nothing in
# it differs in 1.18 (no charlists, anonymous function names or
# version-specific messages; Elixir's own stack frames are left out).
# Agents under a supervisor with names: a killed agent is restarted
# with its initial state and the name points to the new pid.
Logger.configure(level: :none)

children = [
  %{id: :counter, start: {Agent, :start_link, [fn -> 0 end, [name: Counter]]}},
  %{id: :log, start: {Agent, :start_link, [fn -> [] end, [name: Log]]}}
]

{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
Agent.update(Counter, &(&1 + 5))
Agent.update(Log, &[:entry | &1])
IO.inspect({Agent.get(Counter, & &1), Agent.get(Log, & &1)}, label: "before")
old = Process.whereis(Counter)
ref = Process.monitor(old)
Process.exit(old, :kill)
receive do: ({:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "down"))
Process.sleep(50)
IO.inspect(Process.whereis(Counter) != old, label: "new pid")
IO.inspect({Agent.get(Counter, & &1), Agent.get(Log, & &1)}, label: "after")
IO.inspect(Supervisor.count_children(sup))
