defmodule Point do
  defstruct x: 0, y: 0
  def origin, do: %Point{}
end

p = Point.origin()
IO.inspect(p)
IO.puts("point: #{inspect(p)}")
IO.puts("point: #{p}")
