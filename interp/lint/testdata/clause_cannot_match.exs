defmodule Shapes do
  def area(shape), do: shape
  def area({:square, s}), do: s * s
  def area(_other), do: 0

  def name(n) when is_integer(n), do: :int
  def name(n), do: n
end

IO.inspect(Shapes.area({:square, 2}))
