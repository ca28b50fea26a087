# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_24_task_timeout.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# Task.await with a timeout that is too short exits the caller (status 1).
t = Task.async(fn -> Process.sleep(1_000); :late end)
IO.puts("waiting")
Task.await(t, 100)
IO.puts("never")
