# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_50_task_supervisor.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# Task.Supervisor: async_nolink tasks that fail do not take the caller
# down; yield reports {:exit, reason}.
{:ok, _} = Task.Supervisor.start_link(name: Jobs)
ok = Task.Supervisor.async_nolink(Jobs, fn -> 1 + 1 end)
bad = Task.Supervisor.async_nolink(Jobs, fn -> exit({:shutdown, :broken}) end)
IO.inspect(Task.yield(ok, 500), label: "ok task")
IO.inspect(Task.yield(bad, 500), label: "bad task")
IO.inspect(length(Task.Supervisor.children(Jobs)), label: "children after")
{:ok, pid} = Task.Supervisor.start_child(Jobs, fn -> Process.sleep(:infinity) end)
IO.inspect(Task.Supervisor.children(Jobs) == [pid], label: "running child")
IO.inspect(Task.Supervisor.terminate_child(Jobs, pid), label: "terminate_child")
