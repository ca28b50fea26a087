# Expectation: a capture called with too many arguments in a function: BadArityError.message (1.14 = 1.18), a named capture inspects the same.
defmodule Shout do
  def run(f, words), do: apply_all(f, words)
  defp apply_all(f, [a, b]), do: f.(a, b)
end

IO.puts(Shout.run(&String.upcase/1, ["hi", "there"]))
IO.puts("unreachable")
