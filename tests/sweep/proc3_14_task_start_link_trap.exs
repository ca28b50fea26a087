# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_14_task_start_link_trap.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A trapping parent sees a Task.start_link child's exit as an {:EXIT, ...}
# message: :normal when it returns, the reason when it exits.
Process.flag(:trap_exit, true)
{:ok, ok} = Task.start_link(fn -> :done end)
receive do: ({:EXIT, ^ok, r} -> IO.inspect(r, label: "returned"))
{:ok, bye} = Task.start_link(fn -> exit({:shutdown, :bye}) end)
receive do: ({:EXIT, ^bye, r} -> IO.inspect(r, label: "exited"))
t = Task.async(fn -> exit({:shutdown, :inner}) end)

r =
  try do
    Task.await(t)
  catch
    :exit, reason -> reason
  end

IO.inspect(r, label: "await exit")
receive do: ({:EXIT, pid, r} -> IO.inspect({pid == t.pid, r}, label: "EXIT for async"))
