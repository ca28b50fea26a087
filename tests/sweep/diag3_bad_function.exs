# Expectation: calling a number as a function in a function: BadFunctionError (1.14 = 1.18); the value is an argument so no compiler warning.
defmodule Handler do
  def call(handler, x), do: handler.(x) + 1
end

IO.puts(Handler.call(fn x -> x * 2 end, 1))
IO.puts(Handler.call(42, 1))
