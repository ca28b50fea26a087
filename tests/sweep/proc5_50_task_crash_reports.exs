# Expectation: recorded with Elixir 1.14 / OTP 25, adjusted to 1.18
# (Task.Supervised.invoke_mfa/2 and reply/4 are at lines 101 and 36 of
# 1.18.4's lib/task/supervised.ex; Elixir's frames are left out of the
# comparison anyway). Anonymous functions are named by Function.info.
# Crash reports of tasks: Task.start/1 with a named function and
# Task.async/1 with an MFA; the trapping owner gets the exit.
defmodule Jobs do
  def fail(reason), do: raise(ArgumentError, "job failed: #{reason}")
  def fail_now, do: fail("now")
end

Process.flag(:trap_exit, true)
{:ok, _} = Task.start(&Jobs.fail_now/0)
Process.sleep(50)
task = Task.async(Jobs, :fail, ["async"])
receive do
  {:EXIT, pid, {%ArgumentError{message: m}, _}} -> IO.inspect({pid == task.pid, m})
end
Process.sleep(50)
