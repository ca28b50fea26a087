# Classic recursion exercises over lists.
defmodule MyList do
  def len([]), do: 0
  def len([_ | t]), do: 1 + len(t)

  def sum(list, acc \\ 0)
  def sum([], acc), do: acc
  def sum([h | t], acc), do: sum(t, acc + h)

  def map([], _f), do: []
  def map([h | t], f), do: [f.(h) | map(t, f)]

  def filter([], _p), do: []
  def filter([h | t], p), do: if(p.(h), do: [h | filter(t, p)], else: filter(t, p))

  def reduce([], acc, _f), do: acc
  def reduce([h | t], acc, f), do: reduce(t, f.(h, acc), f)

  def reverse(list), do: do_reverse(list, [])
  defp do_reverse([], acc), do: acc
  defp do_reverse([h | t], acc), do: do_reverse(t, [h | acc])

  def flatten([]), do: []
  def flatten([h | t]) when is_list(h), do: flatten(h) ++ flatten(t)
  def flatten([h | t]), do: [h | flatten(t)]

  def max([h | t]), do: Enum.reduce(t, h, fn x, m -> if x > m, do: x, else: m end)

  def zip([], _), do: []
  def zip(_, []), do: []
  def zip([a | as], [b | bs]), do: [{a, b} | zip(as, bs)]

  def range(a, b) when a > b, do: []
  def range(a, b), do: [a | range(a + 1, b)]

  def take(_, 0), do: []
  def take([], _), do: []
  def take([h | t], n), do: [h | take(t, n - 1)]

  def chunk([], _), do: []
  def chunk(list, n), do: [Enum.take(list, n) | chunk(Enum.drop(list, n), n)]

  def quicksort([]), do: []
  def quicksort([p | rest]) do
    {smaller, larger} = Enum.split_with(rest, &(&1 < p))
    quicksort(smaller) ++ [p] ++ quicksort(larger)
  end

  def merge_sort([]), do: []
  def merge_sort([x]), do: [x]
  def merge_sort(list) do
    {l, r} = Enum.split(list, div(length(list), 2))
    merge(merge_sort(l), merge_sort(r))
  end
  defp merge([], r), do: r
  defp merge(l, []), do: l
  defp merge([a | as] = l, [b | bs] = r), do: if(a <= b, do: [a | merge(as, r)], else: [b | merge(l, bs)])

  def permutations([]), do: [[]]
  def permutations(list), do: for(x <- list, rest <- permutations(list -- [x]), do: [x | rest])

  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n) when n > 1, do: fib(n - 1) + fib(n - 2)

  def count_occurrences(list), do: Enum.reduce(list, %{}, fn x, acc -> Map.update(acc, x, 1, &(&1 + 1)) end)

  def pack([]), do: []
  def pack([h | _] = list) do
    {same, rest} = Enum.split_while(list, &(&1 == h))
    [same | pack(rest)]
  end

  def encode(list), do: list |> pack() |> Enum.map(&{length(&1), hd(&1)})
end

l = [5, 3, 8, 1, 9, 2, 7]
IO.inspect(MyList.len(l))
IO.inspect(MyList.sum(l))
IO.inspect(MyList.map(l, &(&1 * &1)))
IO.inspect(MyList.filter(l, &(&1 > 4)))
IO.inspect(MyList.reduce(l, 1, &*/2))
IO.inspect(MyList.reverse(l))
IO.inspect(MyList.flatten([1, [2, [3, [4, []]], 5], [[6]]]))
IO.inspect(MyList.max(l))
IO.inspect(MyList.zip(l, ~w(a b c)))
IO.inspect(MyList.range(3, 9))
IO.inspect(MyList.take(l, 3))
IO.inspect(MyList.chunk(l, 3))
IO.inspect(MyList.quicksort(l))
IO.inspect(MyList.merge_sort(l))
IO.inspect(MyList.permutations([1, 2, 3]))
IO.inspect(Enum.map(0..15, &MyList.fib/1))
IO.inspect(MyList.count_occurrences(~w(a b a c b a)))
IO.inspect(MyList.pack(~c"aaabccddd"))
IO.inspect(MyList.encode(~c"aaabccddd"))
IO.inspect(MyList.sum([]))
IO.inspect(MyList.max([]))
