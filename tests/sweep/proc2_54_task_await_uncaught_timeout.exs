# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_54_task_await_uncaught_timeout.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# An uncaught Task.await timeout ends the script; stdout before it is
# kept. (stderr prints the %Task{} struct, so it is not compared.)
IO.puts("waiting")
task = Task.async(fn -> receive do: (:never -> :ok) end)
Task.await(task, 20)
IO.puts("never")
