# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_35_task_supervisor_nolink.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Task.Supervisor.async_nolink: a crashing task does not take the caller
# down; yield returns {:exit, reason}; the supervisor's children.
{:ok, sup} = Task.Supervisor.start_link(name: :tasks)
Logger.configure(level: :none)
t = Task.Supervisor.async_nolink(:tasks, fn -> exit(:failed) end)
IO.inspect(Task.yield(t, 1000), label: "yield")
ok = Task.Supervisor.async_nolink(sup, fn -> 1 + 1 end)
IO.inspect(Task.await(ok), label: "await")
{:ok, pid} = Task.Supervisor.start_child(sup, fn -> receive do: (:go -> :ok) end)
IO.inspect(Task.Supervisor.children(sup) == [pid], label: "children")
ref = Process.monitor(pid)
send(pid, :go)
receive do: ({:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "child down"))
IO.inspect(Task.Supervisor.children(sup), label: "children after")
