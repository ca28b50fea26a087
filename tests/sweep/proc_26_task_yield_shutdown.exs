# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_26_task_yield_shutdown.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# Task.yield returns nil on timeout; Task.shutdown stops the task.
t = Task.async(fn -> Process.sleep(5_000) end)
IO.inspect(Task.yield(t, 50), label: "yield")
IO.inspect(Task.shutdown(t), label: "shutdown")
IO.inspect(Process.alive?(t.pid), label: "alive")

t2 = Task.async(fn -> :quick end)
Process.sleep(50)
IO.inspect(Task.shutdown(t2), label: "shutdown finished task")

t3 = Task.async(fn -> :answer end)
IO.inspect(Task.await(t3), label: "await")
IO.inspect(t3.__struct__, label: "struct")
