# An uncaught FunctionClauseError prints the arguments and the clauses.
defmodule Shape do
  def area({:square, side}) when is_number(side), do: side * side
  def area({:rect, w, h}), do: w * h
  def area(%{radius: r}) when r > 0, do: 3.14 * r * r
end

IO.inspect(Shape.area({:square, 3}))
IO.inspect(Shape.area({:rect, 2, 5}))
Shape.area({:triangle, 3, 4, 5})
