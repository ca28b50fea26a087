defprotocol Shape do
  @doc "area of a shape"
  def area(shape)
  def name(shape)
end

defmodule Circle do
  defstruct r: 1
end

defmodule Square do
  defstruct side: 1
end

defimpl Shape, for: Circle do
  def area(%Circle{r: r}), do: 3 * r * r
  def name(_), do: "circle"
end

defimpl Shape, for: Square do
  def area(%Square{side: s}), do: s * s
  def name(_), do: "square"
end

defimpl Shape, for: [Integer, Float] do
  def area(n), do: n
  def name(n), do: "number #{n}"
end


defmodule Shapes do
  def all, do: [%Circle{r: 2}, %Square{side: 3}, 5, 2.5]
end

for s <- Shapes.all() do
  IO.puts("#{Shape.name(s)}: #{Shape.area(s)}")
end

try do
  Shape.area(:nope)
rescue
  e in Protocol.UndefinedError -> IO.puts("undefined: #{inspect(e.value)}")
end

defprotocol Describe do
  @fallback_to_any true
  def describe(x)
end

defimpl Describe, for: Any do
  def describe(_), do: "something"
end

defimpl Describe, for: List do
  def describe(l), do: "a list of #{length(l)}"
end

IO.puts(Describe.describe([1, 2]))
IO.puts(Describe.describe(%{}))

defmodule Money do
  defstruct cents: 0

  defimpl String.Chars do
    def to_string(%Money{cents: c}), do: "$#{div(c, 100)}.#{String.pad_leading(Integer.to_string(rem(c, 100)), 2, "0")}"
  end

  defimpl Inspect do
    def inspect(%Money{cents: c}, _opts), do: "#Money<#{c}>"
  end
end

defmodule Main do
  def shapes, do: [%Circle{r: 2}, %Square{side: 3}, 5, 2.5]
  def money, do: %Money{cents: 1234}
end
m = Main.money()
IO.puts("total: #{m}")
IO.puts(to_string(m))
IO.inspect(m)
IO.inspect([m, m])
IO.puts(inspect(%{price: m}))
