# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_69_main_killed.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A process kills the script's main process with Process.exit(main,
# :kill): the script ends with "** (EXIT from ...) killed".
main = self()
IO.puts("start")
spawn(fn -> Process.exit(main, :kill) end)
receive do: (:never -> :ok)
