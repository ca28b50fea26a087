defmodule Shapes do
  def area({:square, s}), do: s * s
  def area({:rect, w, h}), do: w * h
  def area({:circle, r}) when r > 0, do: 3.14 * r * r
end

IO.puts(Shapes.area({:square, 3}))
IO.puts(Shapes.area({:rect, 2, 5}))
IO.puts(Shapes.area({:circle, 1}))
IO.puts(Shapes.area({:circle, -1}))
