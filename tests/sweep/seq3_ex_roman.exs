# Exercise: Roman numerals both ways.
defmodule Roman do
  @table [{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
          {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}]

  def to_roman(n) when is_integer(n) and n in 1..3999 do
    {result, 0} =
      Enum.reduce(@table, {"", n}, fn {value, letters}, {acc, left} ->
        {acc <> String.duplicate(letters, div(left, value)), rem(left, value)}
      end)

    result
  end

  def to_roman(n), do: raise(ArgumentError, "cannot convert #{inspect(n)}")

  @values %{?I => 1, ?V => 5, ?X => 10, ?L => 50, ?C => 100, ?D => 500, ?M => 1000}

  def from_roman(str) do
    str
    |> String.upcase()
    |> String.to_charlist()
    |> Enum.map(&Map.fetch!(@values, &1))
    |> Enum.chunk_every(2, 1, [0])
    |> Enum.reduce(0, fn
      [a, b], acc when a < b -> acc - a
      [a, _], acc -> acc + a
    end)
  end
end

for n <- [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999] do
  r = Roman.to_roman(n)
  IO.puts("#{String.pad_leading(Integer.to_string(n), 4)} => #{String.pad_trailing(r, 12)} => #{Roman.from_roman(r)}")
end
IO.inspect(Roman.from_roman("mcmxc"))
IO.inspect(Enum.all?(1..3999, &(Roman.from_roman(Roman.to_roman(&1)) == &1)))
try do
  Roman.to_roman(0)
rescue
  e in ArgumentError -> IO.puts(e.message)
end
try do
  Roman.from_roman("XIZ")
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end
Roman.to_roman(4000.0)
