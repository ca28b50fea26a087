defmodule MyEnum do
  @moduledoc "Hand-written list functions"
  @default_sep ", "

  def sum(list), do: do_sum(list, 0)
  defp do_sum([], acc), do: acc
  defp do_sum([h | t], acc), do: do_sum(t, acc + h)

  def map([], _f), do: []
  def map([h | t], f), do: [f.(h) | map(t, f)]

  def reverse(list), do: reverse(list, [])
  defp reverse([], acc), do: acc
  defp reverse([h | t], acc), do: reverse(t, [h | acc])

  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n) when n > 1, do: fib(n - 1) + fib(n - 2)

  def fact(0), do: 1
  def fact(n), do: n * fact(n - 1)

  def join(list, sep \\ @default_sep), do: Enum.join(list, sep)

  def flatten([]), do: []
  def flatten([h | t]) when is_list(h), do: flatten(h) ++ flatten(t)
  def flatten([h | t]), do: [h | flatten(t)]

  def count_down(0), do: IO.puts("liftoff")
  def count_down(n) do
    IO.puts(n)
    count_down(n - 1)
  end

  def qsort([]), do: []
  def qsort([p | rest]) do
    {smaller, larger} = Enum.split_with(rest, &(&1 < p))
    qsort(smaller) ++ [p] ++ qsort(larger)
  end

  def hanoi(0, _, _, _), do: 0
  def hanoi(n, from, to, via), do: hanoi(n - 1, from, via, to) + 1 + hanoi(n - 1, via, to, from)
end

IO.inspect(MyEnum.sum([1, 2, 3, 4]))
IO.inspect(MyEnum.map([1, 2, 3], &(&1 * &1)))
IO.inspect(MyEnum.reverse([1, 2, 3]))
IO.inspect(Enum.map(0..15, &MyEnum.fib/1))
IO.inspect(MyEnum.fact(30))
IO.inspect(MyEnum.join(["a", "b"]))
IO.inspect(MyEnum.join(["a", "b"], "-"))
IO.inspect(MyEnum.flatten([1, [2, [3, 4]], [], 5]))
MyEnum.count_down(3)
IO.inspect(MyEnum.qsort([5, 3, 8, 1, 9, 2, 7]))
IO.inspect(MyEnum.hanoi(10, :a, :c, :b))
IO.inspect(function_exported?(MyEnum, :sum, 1))
IO.inspect(function_exported?(MyEnum, :do_sum, 2))
IO.inspect(MyEnum.__info__(:functions) |> Enum.take(3))
IO.inspect(&MyEnum.fib/1)
f = &MyEnum.join/2
IO.inspect(f.(["x", "y"], "+"))
IO.inspect(Enum.reduce(1..5, &*/2))
IO.inspect(apply(MyEnum, :sum, [[10, 20]]))
IO.inspect(Function.info(&MyEnum.sum/1)[:arity])
defmodule Outer do
  defmodule Inner do
    def hello, do: "inner hello"
  end
  alias Outer.Inner, as: I
  def call, do: I.hello()
end
IO.puts(Outer.call())
IO.puts(Outer.Inner.hello())
