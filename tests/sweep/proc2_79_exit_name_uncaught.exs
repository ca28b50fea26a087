# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_79_exit_name_uncaught.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Process.exit/2 takes a pid, not a registered name: uncaught, the
# ArgumentError names :erlang.exit/2's argument.
{:ok, _} = Agent.start_link(fn -> 0 end, name: :counter)
IO.puts("killing")
Process.exit(:counter, :kill)
IO.puts("never")
