# Expectation: %Point{} in a def before defstruct: elixir_map detail_undef is undefined_struct inside a function (1.14 = 1.18 text), a file error in the function.
defmodule Point do
  def origin, do: %Point{x: 0, y: 0}
  defstruct x: 0, y: 0
end

IO.inspect(Point.origin())
