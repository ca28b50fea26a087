# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_45_task_start_and_await_many.exs); nothing in
# it differs in 1.18 (no charlists, anonymous function names or
# version-specific messages; Elixir's own stack frames are left out).
# Task.start/1 (fire and forget), Task.await_many/2 keeps order, and
# Task.yield_many/2 with a mix of finished and running tasks.
me = self()
{:ok, pid} = Task.start(fn -> send(me, :background_done) end)
IO.inspect(is_pid(pid))
receive do: (:background_done -> IO.puts("background ran"))

tasks = for n <- [30, 10, 20], do: Task.async(fn -> Process.sleep(n); n end)
IO.inspect(Task.await_many(tasks), label: "await_many")

fast = Task.async(fn -> :fast end)
slow = Task.async(fn -> Process.sleep(1_000); :slow end)
results = Task.yield_many([fast, slow], 100)
IO.inspect(Enum.map(results, fn {t, r} -> {t == fast, r} end), label: "yield_many")
Task.shutdown(slow, :brutal_kill)
