# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_71_stop_noproc_uncaught.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# GenServer.stop of a name nobody has, uncaught.
IO.puts("stopping")
GenServer.stop(:ghost, :normal)
