# Expectation: String.to_float of an integer's text: binary_to_float's ArgumentError (1.14 = 1.18).
defmodule Parse do
  def float(text), do: String.to_float(text)
end

IO.inspect(Parse.float("1.5"))
IO.inspect(Parse.float("1"))
