defmodule Point do
  defstruct x: 0, y: 0

  def move(p), do: %Point{p | z: 1}
end
