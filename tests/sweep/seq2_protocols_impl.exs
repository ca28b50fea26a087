# defprotocol, fallback_to_any, Enumerable and Collectable for a struct.
defprotocol Describe do
  @fallback_to_any true
  def describe(x)
end

defimpl Describe, for: Integer do
  def describe(n) when n < 0, do: "negative"
  def describe(_), do: "integer"
end

defimpl Describe, for: [List, Tuple] do
  def describe(x), do: "collection of #{Enum.count(if is_tuple(x), do: Tuple.to_list(x), else: x)}"
end

defimpl Describe, for: Any do
  def describe(_), do: "something"
end

defprotocol Area do
  def area(shape)
end

defmodule Square do
  defstruct side: 1
end

defmodule Circle do
  @derive Describe
  defstruct r: 1
end

defimpl Area, for: Square do
  def area(%Square{side: s}), do: s * s
end

defmodule Bag do
  defstruct items: []

  defimpl Enumerable do
    def count(%Bag{items: i}), do: {:ok, length(i)}
    def member?(%Bag{items: i}, x), do: {:ok, x in i}
    def slice(_), do: {:error, __MODULE__}
    def reduce(%Bag{items: i}, acc, fun), do: Enumerable.List.reduce(i, acc, fun)
  end

  defimpl Collectable do
    def into(%Bag{items: i}) do
      collector = fn
        acc, {:cont, x} -> [x | acc]
        acc, :done -> %Bag{items: Enum.reverse(acc)}
        _acc, :halt -> :ok
      end
      {Enum.reverse(i), collector}
    end
  end
end

defmodule Main do
  def run do
    for x <- [5, -2, [1, 2], {1, 2, 3}, "str", %Circle{}, %Square{}] do
      IO.puts(Describe.describe(x))
    end
    IO.inspect(Area.area(%Square{side: 4}))
    bag = %Bag{items: [3, 1, 2]}
    IO.inspect(Enum.map(bag, &(&1 * 2)))
    IO.inspect(Enum.count(bag))
    IO.inspect(Enum.member?(bag, 2))
    IO.inspect(Enum.sort(bag))
    IO.inspect(Enum.take(bag, 2))
    IO.inspect(Enum.into([4, 5], bag))
    IO.inspect(for x <- [7, 8], into: %Bag{}, do: x)
    IO.inspect(Describe.impl_for(42))
    IO.inspect(Area.impl_for(42))
    try do
      Area.area(%Circle{})
    rescue
      e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
    end
    try do
      Area.area(3)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    try do
      Enum.map(%Square{}, & &1)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    Area.area("not a shape")
  end
end

Main.run()
