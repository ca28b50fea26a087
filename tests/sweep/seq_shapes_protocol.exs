defprotocol Shape do
  @doc "area of the shape"
  def area(shape)
  def name(shape)
end

defmodule Circle do
  defstruct radius: 1
end

defmodule Rect do
  defstruct w: 1, h: 1
end

defimpl Shape, for: Circle do
  def area(%Circle{radius: r}), do: 3.14159 * r * r
  def name(_), do: "circle"
end

defimpl Shape, for: Rect do
  def area(%Rect{w: w, h: h}), do: w * h
  def name(%Rect{w: s, h: s}), do: "square"
  def name(_), do: "rectangle"
end

defimpl String.Chars, for: Rect do
  def to_string(%Rect{w: w, h: h}), do: "#{w}x#{h}"
end

defimpl Inspect, for: Circle do
  def inspect(%Circle{radius: r}, _opts), do: "#Circle<r=#{r}>"
end

defmodule Main do
  def run do
    shapes = [%Circle{radius: 2}, %Rect{w: 3, h: 4}, %Rect{w: 5, h: 5}]

    Enum.each(shapes, fn s ->
      IO.puts("#{Shape.name(s)}: #{Shape.area(s)}")
    end)

    IO.inspect(shapes)
    IO.puts("rect is #{%Rect{w: 2, h: 7}}")
    IO.inspect(Enum.map(shapes, &Shape.area/1) |> Enum.sum())
    IO.inspect(Shape.impl_for(%Circle{}))
    IO.inspect(Shape.impl_for(42))
    Shape.area(%{radius: 3})
  end
end

Main.run()
