# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_47_exit_shutdown_main.exs); nothing in
# it differs in 1.18 (no charlists, anonymous function names or
# version-specific messages; Elixir's own stack frames are left out).
# exit({:shutdown, reason}) in the main process: status 1 and the exit
# is printed like any other reason.
IO.puts("stopping")
exit({:shutdown, :maintenance})
