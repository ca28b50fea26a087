defmodule MyList do
  def sum([]), do: 0
  def sum([h | t]), do: h + sum(t)

  def map([], _f), do: []
  def map([h | t], f), do: [f.(h) | map(t, f)]

  def reverse(list), do: reverse(list, [])
  defp reverse([], acc), do: acc
  defp reverse([h | t], acc), do: reverse(t, [h | acc])

  def flatten([]), do: []
  def flatten([h | t]) when is_list(h), do: flatten(h) ++ flatten(t)
  def flatten([h | t]), do: [h | flatten(t)]

  def max([x]), do: x
  def max([h | t]) do
    m = max(t)
    if h > m, do: h, else: m
  end

  def zip([], _), do: []
  def zip(_, []), do: []
  def zip([a | as], [b | bs]), do: [{a, b} | zip(as, bs)]

  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n) when n > 1, do: fib(n - 1) + fib(n - 2)
end

IO.puts(MyList.sum([1, 2, 3, 4]))
IO.inspect(MyList.map([1, 2, 3], &(&1 * &1)))
IO.inspect(MyList.reverse([:a, :b, :c]))
IO.inspect(MyList.flatten([1, [2, [3, [4]], 5], []]))
IO.puts(MyList.max([3, 9, 2]))
IO.inspect(MyList.zip([1, 2, 3], ~w(a b)))
IO.inspect(Enum.map(0..15, &MyList.fib/1))
IO.inspect([1 | [2 | [3 | []]]])
IO.inspect([1 | 2])
IO.inspect(hd([5, 6]))
IO.inspect(tl([5, 6]))
IO.inspect(List.first([]))
IO.inspect(List.last([1, 2, 3]))
IO.inspect(List.flatten([1, [2, [3]]]))
IO.inspect(List.wrap(nil))
IO.inspect(List.wrap([1]))
IO.inspect(List.wrap(:a))
IO.inspect(List.insert_at([1, 2, 3], 1, :x))
IO.inspect(List.delete_at([1, 2, 3], -1))
IO.inspect(List.replace_at([1, 2, 3], 0, 9))
IO.inspect(List.update_at([1, 2, 3], 1, &(&1 * 10)))
IO.inspect(List.keyfind([a: 1, b: 2], :b, 0))
IO.inspect(List.keydelete([a: 1, b: 2], :a, 0))
IO.inspect(List.zip([[1, 2], [3, 4], [5, 6]]))
IO.inspect(List.duplicate("x", 3))
IO.inspect([1, 2, 3] -- [2])
IO.inspect([1, 2] ++ [3])
IO.inspect(MyList.fib(-1))
