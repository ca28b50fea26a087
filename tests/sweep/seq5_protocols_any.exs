# Protocols with structs, fallback_to_any and deriving.
defprotocol Describe do
  @fallback_to_any true
  @doc "Describes a value"
  def describe(value)
end

defprotocol Area do
  def area(shape)
  def perimeter(shape)
end

defmodule Circle do
  defstruct radius: 1
end

defmodule Rect do
  defstruct w: 1, h: 1
end

defimpl Area, for: Circle do
  def area(%Circle{radius: r}), do: Float.round(:math.pi() * r * r, 2)
  def perimeter(%Circle{radius: r}), do: Float.round(2 * :math.pi() * r, 2)
end

defimpl Area, for: Rect do
  def area(%Rect{w: w, h: h}), do: w * h
  def perimeter(%Rect{w: w, h: h}), do: 2 * (w + h)
end

defimpl Describe, for: Any do
  def describe(%{__struct__: mod}), do: "a #{inspect(mod)} struct"
  def describe(other), do: "something: #{inspect(other)}"
end

defmodule Tag do
  @derive [Describe]
  defstruct [:label]
end

defimpl Describe, for: Integer do
  def describe(n) when n < 0, do: "negative #{n}"
  def describe(n), do: "integer #{n}"
end

defimpl Describe, for: [List, Map] do
  def describe(x), do: "collection of #{Enum.count(x)}"
end

defimpl Describe, for: BitString do
  def describe(s), do: "string #{inspect(s)}"
end

defimpl String.Chars, for: Circle do
  def to_string(%Circle{radius: r}), do: "Circle(r=#{r})"
end

defimpl Inspect, for: Rect do
  import Inspect.Algebra
  def inspect(%Rect{w: w, h: h}, opts) do
    concat(["#Rect<", to_doc(w, opts), "x", to_doc(h, opts), ">"])
  end
end

defmodule Main do
  def run do
    shapes = [%Circle{radius: 2}, %Rect{w: 3, h: 4}, %Circle{}]
    for s <- shapes do
      IO.puts("#{inspect(s)} area=#{Area.area(s)} perimeter=#{Area.perimeter(s)}")
    end
    IO.puts(Enum.map(shapes, &Area.area/1) |> Enum.sum())
    IO.puts("#{%Circle{radius: 5}}")
    IO.inspect(shapes)
    IO.inspect(%{shape: %Rect{w: 10, h: 20}})
    for v <- [1, -4, [1, 2], %{a: 1}, "hi", :atom, 2.5, {1, 2}, %Tag{label: "x"}, %Circle{}, nil] do
      IO.puts(Describe.describe(v))
    end
    IO.inspect(Area.impl_for(%Circle{}))
    IO.inspect(Area.impl_for(%Tag{}))
    IO.inspect(Describe.impl_for(:x))
    IO.inspect(Area.__protocol__(:functions))
    IO.inspect(Describe.__protocol__(:module))
    IO.inspect(String.Chars.impl_for(%Circle{}))
    try do
      Area.area(%Tag{label: "no"})
    rescue
      e in Protocol.UndefinedError ->
        IO.puts("rescued: " <> Exception.message(e))
        IO.inspect(e.protocol)
        IO.inspect(e.value)
    end
    try do
      Area.area(42)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    IO.puts(Area.area("text"))
  end
end

Main.run()
