defmodule Geometry do
  def rect_area(width, height) do
    widht * height
  end

  def square_area(side), do: rect_area(side, side)

  def describe(shape) do
    kind = elem(shape, 0)
    "a #{knd}"
  end

  def perimeter(w, h), do: 2 * (w + h)
end

IO.puts(Geometry.perimeter(2, 3))
