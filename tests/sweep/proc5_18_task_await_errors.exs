# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_18_task_await_errors.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Task.await/2 on a task that timed out, and awaiting from a process that
# does not own the task.
defmodule Run do
  def catching(fun) do
    try do
      {:ok, fun.()}
    catch
      :exit, {reason, {Task, fun_name, _args}} -> {:exit, reason, fun_name}
    end
  end
end

task = Task.async(fn -> Process.sleep(2_000); :late end)
IO.inspect(Run.catching(fn -> Task.await(task, 10) end), label: "timeout")

t2 = Task.async(fn -> :value end)
me = self()
spawn(fn ->
  result =
    try do
      Task.await(t2, 100)
    rescue
      e -> {:raised, Exception.message(e)}
    end
  send(me, {:other, result})
end)
receive do
  {:other, r} -> IO.inspect(r, label: "other process")
end
IO.inspect(Task.await(t2), label: "owner")
