# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_30_task_exit_uncaught.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# An uncaught exit inside Task.async brings the caller down: the script
# dies with the EXIT report on stderr.
Logger.configure(level: :none)
IO.puts("before")
task = Task.async(fn -> exit(:kaboom) end)
Task.await(task)
IO.puts("never")
