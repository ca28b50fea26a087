# Expectation: div/2 of a float: ArithmeticError naming the call (1.14 = 1.18), the value read through a function.
defmodule Halve do
  def halve(n), do: div(n, 2)
end

IO.puts(Halve.halve(7))
IO.puts(Halve.halve(7.0))
