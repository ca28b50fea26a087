# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_23_task_async_await.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# Task.async/await in order; results come back in the order awaited.
defmodule Fib do
  def of(0), do: 0
  def of(1), do: 1
  def of(n), do: of(n - 1) + of(n - 2)
end

tasks = for n <- [10, 15, 20], do: Task.async(fn -> {n, Fib.of(n)} end)
IO.inspect(Enum.map(tasks, &Task.await/1), label: "fibs")

t = Task.async(fn -> Process.sleep(10); :slow_done end)
IO.inspect(Task.yield(t, 0), label: "yield 0")
IO.inspect(Task.yield(t, 500), label: "yield 500")

results =
  1..5
  |> Task.async_stream(fn i -> i * i end)
  |> Enum.to_list()

IO.inspect(results, label: "async_stream")
IO.inspect(Task.await_many([Task.async(fn -> 1 end), Task.async(fn -> 2 end)]), label: "await_many")
