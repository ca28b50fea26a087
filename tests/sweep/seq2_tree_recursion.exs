# A binary search tree with tuples; recursion and pretty printing.
defmodule BST do
  def insert(nil, v), do: {nil, v, nil}
  def insert({l, x, r}, v) when v < x, do: {insert(l, v), x, r}
  def insert({l, x, r}, v) when v > x, do: {l, x, insert(r, v)}
  def insert(t, _), do: t

  def to_list(nil), do: []
  def to_list({l, x, r}), do: to_list(l) ++ [x] ++ to_list(r)

  def height(nil), do: 0
  def height({l, _, r}), do: 1 + max(height(l), height(r))

  def member?(nil, _), do: false
  def member?({_, x, _}, x), do: true
  def member?({l, x, _}, v) when v < x, do: member?(l, v)
  def member?({_, _, r}, v), do: member?(r, v)

  def print(t, indent \\ 0)
  def print(nil, _), do: :ok
  def print({l, x, r}, indent) do
    print(r, indent + 4)
    IO.puts(String.duplicate(" ", indent) <> to_string(x))
    print(l, indent + 4)
  end
end

tree = Enum.reduce([50, 30, 70, 20, 40, 60, 80, 35, 45, 65], nil, &BST.insert(&2, &1))
IO.inspect(tree)
IO.inspect(tree, width: 40)
IO.inspect(BST.to_list(tree))
IO.inspect(BST.height(tree))
IO.inspect(Enum.map([35, 36], &BST.member?(tree, &1)))
BST.print(tree)
defmodule Fib do
  def fib(n), do: fib(n, %{0 => 0, 1 => 1}) |> elem(0)
  defp fib(n, memo) when is_map_key(memo, n), do: {memo[n], memo}
  defp fib(n, memo) do
    {a, memo} = fib(n - 1, memo)
    {b, memo} = fib(n - 2, memo)
    {a + b, Map.put(memo, n, a + b)}
  end
end
IO.inspect(Enum.map(0..15, &Fib.fib/1))
IO.inspect(Fib.fib(90))
defmodule Hanoi do
  def moves(0, _, _, _), do: []
  def moves(n, from, to, via), do: moves(n - 1, from, via, to) ++ [{from, to}] ++ moves(n - 1, via, to, from)
end
IO.inspect(Hanoi.moves(3, :a, :c, :b))
IO.inspect(length(Hanoi.moves(10, :a, :c, :b)))
defmodule Perm do
  def of([]), do: [[]]
  def of(list), do: for x <- list, rest <- of(list -- [x]), do: [x | rest]
end
IO.inspect(Perm.of([1, 2, 3]))
IO.inspect(Perm.of(~w(a b c d)) |> length())
