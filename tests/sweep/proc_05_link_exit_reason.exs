# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_05_link_exit_reason.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# A linked process exits with an error: the script dies and prints the
# exit reason on stderr.
defmodule Parser do
  def parse!(s), do: String.to_integer(s)
end

IO.puts("starting")

spawn_link(fn ->
  Parser.parse!("12x")
end)

Process.sleep(500)
IO.puts("never printed")
