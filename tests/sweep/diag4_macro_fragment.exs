# Expectation: a macro's bare unquote(x) reads the module body's x (an unquote fragment): Elixir 1.14 prints 5 and no warning (1.18 the same).
defmodule Limits do
  max = 5
  defmacro max_size(), do: unquote(max)
end

defmodule Buffer do
  require Limits
  def capacity, do: Limits.max_size()
end

IO.inspect(Buffer.capacity())
