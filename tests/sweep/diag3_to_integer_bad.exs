# Expectation: String.to_integer of text with a space: binary_to_integer's ArgumentError (1.14 = 1.18), the value read through a function.
defmodule Parse do
  def int(text), do: String.to_integer(text)
end

IO.inspect(Parse.int("42"))
IO.inspect(Parse.int("4 2"))
