defmodule Point do
  defstruct x: 0, y: 0

  def depth(%Point{z: z}), do: z
end
