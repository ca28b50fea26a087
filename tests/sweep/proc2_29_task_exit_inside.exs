# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_29_task_exit_inside.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A task that exits takes its linked caller down; trapping exits, the
# caller sees the {:EXIT, ...} message and await still exits.
Logger.configure(level: :none)
Process.flag(:trap_exit, true)
task = Task.async(fn -> exit(:oops) end)

receive do
  {:EXIT, pid, reason} -> IO.inspect({pid == task.pid, reason}, label: "exit message")
end

try do
  Task.await(task)
catch
  :exit, {reason, {Task, :await, [^task, 5000]}} -> IO.inspect(reason, label: "await exit")
end

t2 = Task.async(fn -> :ok end)
IO.inspect(Task.await(t2), label: "normal")

receive do
  {:EXIT, pid, reason} -> IO.inspect({pid == t2.pid, reason}, label: "normal exit message")
after
  100 -> IO.puts("no exit message")
end
