defmodule Acc do
  def count_words(text), do: text |> String.split() |> do_count(%{})
  defp do_count([], acc), do: acc
  defp do_count([w | rest], acc), do: do_count(rest, Map.update(acc, w, 1, &(&1 + 1)))

  def sum_to(n), do: sum_to(n, 0)
  defp sum_to(0, acc), do: acc
  defp sum_to(n, acc), do: sum_to(n - 1, acc + n)

  def range(a, b) when a > b, do: []
  def range(a, b), do: [a | range(a + 1, b)]

  def quicksort([]), do: []
  def quicksort([p | rest]) do
    {smaller, larger} = Enum.split_with(rest, &(&1 < p))
    quicksort(smaller) ++ [p] ++ quicksort(larger)
  end

  def merge_sort(list) when length(list) <= 1, do: list
  def merge_sort(list) do
    {l, r} = Enum.split(list, div(length(list), 2))
    merge(merge_sort(l), merge_sort(r))
  end
  defp merge([], r), do: r
  defp merge(l, []), do: l
  defp merge([a | as], [b | _] = bs) when a <= b, do: [a | merge(as, bs)]
  defp merge(as, [b | bs]), do: [b | merge(as, bs)]

  def depth(%{children: kids}), do: 1 + (kids |> Enum.map(&depth/1) |> Enum.max(fn -> 0 end))

  def hanoi(0, _, _, _), do: []
  def hanoi(n, from, to, via), do: hanoi(n - 1, from, via, to) ++ [{from, to}] ++ hanoi(n - 1, via, to, from)

  def power_set([]), do: [[]]
  def power_set([h | t]) do
    rest = power_set(t)
    rest ++ Enum.map(rest, &[h | &1])
  end

  def permutations([]), do: [[]]
  def permutations(list), do: for(x <- list, rest <- permutations(list -- [x]), do: [x | rest])
end

IO.inspect(Acc.count_words("a b a c b a"))
IO.inspect(Acc.sum_to(1_000_000))
IO.inspect(Acc.range(3, 7))
IO.inspect(Acc.quicksort([5, 2, 9, 1, 5, 6]))
IO.inspect(Acc.merge_sort([38, 27, 43, 3, 9, 82, 10]))
tree = %{children: [%{children: []}, %{children: [%{children: [%{children: []}]}]}]}
IO.inspect(Acc.depth(tree))
IO.inspect(Acc.hanoi(3, :a, :c, :b))
IO.inspect(length(Acc.hanoi(10, :a, :c, :b)))
IO.inspect(Acc.power_set([1, 2, 3]))
IO.inspect(Acc.permutations([1, 2, 3]))
IO.inspect(Acc.range(1, 100_000) |> length())
