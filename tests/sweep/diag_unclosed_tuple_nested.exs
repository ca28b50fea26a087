# Expectation: a quote inside an interpolation in a module left open: the inner string's TokenMissingError.
defmodule Shapes do
  def area({:rect, w, h}), do: w * h
  def describe(shape) do
    IO.puts("Area: #{area(shape)")
  end
end
