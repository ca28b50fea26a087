# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_38_killed_link.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# A linked process killed with :kill: the script receives the exit
# signal :killed and dies with it.
child = spawn_link(fn -> Process.sleep(:infinity) end)
IO.puts("child started")
Process.exit(child, :kill)
Process.sleep(100)
IO.puts("never")
