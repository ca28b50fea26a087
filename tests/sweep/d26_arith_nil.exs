defmodule Stats do
  def mean(list), do: Enum.sum(list) / length(list)
  def lookup(m, k), do: Map.get(m, k) * 2
end
IO.inspect(Stats.mean([1, 2, 3]))
IO.inspect(Stats.lookup(%{a: 1}, :b))
