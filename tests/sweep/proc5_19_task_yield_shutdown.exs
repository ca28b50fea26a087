# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_19_task_yield_shutdown.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Task.yield/2 returns nil while running, {:ok, v} when done; Task.shutdown
# returns {:ok, v} if it finished meanwhile, nil when it had to kill, and
# {:exit, reason} for a task that crashed (caught through trap_exit).
Logger.configure(level: :none)

slow = Task.async(fn -> Process.sleep(100); :slow_done end)
IO.inspect(Task.yield(slow, 10), label: "yield early")
IO.inspect(Task.yield(slow, 1_000), label: "yield later")

quick = Task.async(fn -> :quick end)
Process.sleep(20)
IO.inspect(Task.shutdown(quick), label: "shutdown finished")

stuck = Task.async(fn -> Process.sleep(:infinity) end)
IO.inspect(Task.shutdown(stuck), label: "shutdown running")
IO.inspect(Task.shutdown(stuck), label: "shutdown twice")

stuck2 = Task.async(fn -> Process.sleep(:infinity) end)
IO.inspect(Task.shutdown(stuck2, :brutal_kill), label: "brutal_kill")

Process.flag(:trap_exit, true)
bad = Task.async(fn -> exit(:failed) end)
Process.sleep(20)
IO.inspect(Task.shutdown(bad), label: "shutdown crashed")
IO.inspect(Task.yield(Task.async(fn -> exit(:other) end), 100), label: "yield crashed")
