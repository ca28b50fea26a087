# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_31_await_many.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Task.await_many keeps the order of the tasks, not of completion.
parent = self()

tasks =
  for n <- [3, 1, 2] do
    Task.async(fn ->
      receive do
        :go -> n * 10
      end
    end)
  end

for t <- Enum.reverse(tasks), do: send(t.pid, :go)
IO.inspect(Task.await_many(tasks), label: "results")
IO.inspect(Task.await_many([]), label: "empty")

slow = Task.async(fn -> receive do: (:never -> :ok) end)
fast = Task.async(fn -> :fast end)

try do
  Task.await_many([fast, slow], 50)
catch
  :exit, {:timeout, {Task, :await_many, [tasks, 50]}} -> IO.inspect(length(tasks), label: "timeout with")
end

IO.inspect(Process.alive?(slow.pid), label: "slow alive")
_ = parent
