# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_10_await_twice.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A task's reply can be awaited once: the second await waits for a
# message that never comes and exits with {:timeout, {Task, :await, ...}}.
task = Task.async(fn -> :answer end)
IO.inspect(Task.await(task), label: "first")

try do
  Task.await(task, 50)
catch
  :exit, {:timeout, {Task, :await, [t, 50]}} ->
    IO.inspect(t == task, label: "second await timed out, same task")
end

IO.inspect(Task.yield(task, 10), label: "yield after await")
IO.inspect(Process.info(self(), :message_queue_len), label: "queue")
