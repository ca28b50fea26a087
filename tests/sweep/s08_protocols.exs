defprotocol Shape do
  @doc "area"
  def area(shape)
  def name(shape)
end

defmodule Circle do
  defstruct r: 1
end

defmodule Rect do
  defstruct w: 1, h: 1
end

defimpl Shape, for: Circle do
  def area(%Circle{r: r}), do: 3.14159 * r * r
  def name(_), do: "circle"
end

defimpl Shape, for: Rect do
  def area(%Rect{w: w, h: h}), do: w * h
  def name(_), do: "rect"
end

defprotocol Describe do
  @fallback_to_any true
  def describe(x)
end

defimpl Describe, for: Any do
  def describe(_), do: "something"
end

defimpl Describe, for: Integer do
  def describe(n), do: "int #{n}"
end

defimpl Describe, for: List do
  def describe(l), do: "list of #{length(l)}"
end

defimpl Describe, for: BitString do
  def describe(s), do: "string #{s}"
end

defimpl Describe, for: Map do
  def describe(m), do: "map of #{map_size(m)}"
end

defimpl String.Chars, for: Rect do
  def to_string(%Rect{w: w, h: h}), do: "#{w}x#{h}"
end

defimpl Inspect, for: Circle do
  def inspect(%Circle{r: r}, _opts), do: "#Circle<r=#{r}>"
end

defmodule Counter do
  defstruct n: 0
  defimpl Enumerable do
    def count(%{n: n}), do: {:ok, n}
    def member?(_, _), do: {:error, __MODULE__}
    def slice(_), do: {:error, __MODULE__}
    def reduce(%{n: n}, acc, fun), do: Enumerable.reduce(Enum.to_list(1..n), acc, fun)
  end
end

defmodule Main do
  def run do
    for s <- [%Circle{r: 2}, %Rect{w: 3, h: 4}] do
      IO.puts("#{Shape.name(s)}: #{Shape.area(s)}")
    end







    IO.puts(Describe.describe(5))
    IO.puts(Describe.describe([1, 2]))
    IO.puts(Describe.describe("hi"))
    IO.puts(Describe.describe(:atom))
    IO.puts(Describe.describe(%{a: 1}))
    IO.puts(Describe.describe(%Circle{}))

    IO.puts("rect: #{%Rect{w: 2, h: 5}}")

    IO.inspect(%Circle{r: 9})
    IO.inspect([%Circle{r: 1}])

    IO.inspect(Enum.map(%Counter{n: 3}, &(&1 * 2)))
    IO.inspect(Enum.count(%Counter{n: 4}))
    IO.inspect(Shape.impl_for(%Circle{}))
    IO.inspect(Shape.impl_for(1))
    IO.inspect(Describe.impl_for(1))
    try do
      Shape.area(42)
    rescue
      e in Protocol.UndefinedError -> IO.inspect({e.protocol, e.value})
    end
  end
end

Main.run()
