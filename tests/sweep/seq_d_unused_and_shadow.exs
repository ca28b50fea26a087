defmodule Stats do
  def mean(list) do
    count = length(list)
    total = Enum.sum(list)
    total / length(list)
  end

  def spread([first | rest]) do
    Enum.reduce(rest, {first, first}, fn x, {lo, hi} -> {min(x, lo), max(x, hi)} end)
  end

  defp unused_helper(x), do: x
end

IO.puts(Stats.mean([1, 2, 3]))
IO.inspect(Stats.spread([4, 1, 9]))
