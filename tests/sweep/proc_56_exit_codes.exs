# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_56_exit_codes.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# exit({:shutdown, code}) ends the script with that status.
IO.puts("finishing with status 3")
exit({:shutdown, 3})
