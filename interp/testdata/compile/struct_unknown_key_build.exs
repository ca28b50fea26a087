defmodule Point do
  defstruct x: 0, y: 0
end

defmodule Geometry do
  def origin3d, do: %Point{x: 0, y: 0, z: 0}
end

IO.inspect(Geometry.origin3d())
