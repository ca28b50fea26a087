# Exercise: a binary search tree built from tuples, with traversals.
defmodule BST do
  def new, do: nil
  def insert(nil, v), do: {nil, v, nil}
  def insert({l, x, r}, v) when v < x, do: {insert(l, v), x, r}
  def insert({l, x, r}, v) when v > x, do: {l, x, insert(r, v)}
  def insert(t, _), do: t

  def member?(nil, _), do: false
  def member?({_, v, _}, v), do: true
  def member?({l, x, _}, v) when v < x, do: member?(l, v)
  def member?({_, _, r}, v), do: member?(r, v)

  def in_order(nil), do: []
  def in_order({l, v, r}), do: in_order(l) ++ [v] ++ in_order(r)

  def pre_order(nil), do: []
  def pre_order({l, v, r}), do: [v | pre_order(l) ++ pre_order(r)]

  def height(nil), do: 0
  def height({l, _, r}), do: 1 + max(height(l), height(r))

  def min({nil, v, _}), do: v
  def min({l, _, _}), do: min(l)

  def level_order(t), do: bfs(:queue.in(t, :queue.new()), [])
  defp bfs(q, acc) do
    case :queue.out(q) do
      {:empty, _} -> Enum.reverse(acc)
      {{:value, nil}, q} -> bfs(q, acc)
      {{:value, {l, v, r}}, q} -> bfs(:queue.in(r, :queue.in(l, q)), [v | acc])
    end
  end
end

t = Enum.reduce([50, 30, 70, 20, 40, 60, 80, 30, 65], BST.new(), &BST.insert(&2, &1))
IO.inspect(t)
IO.inspect(BST.in_order(t))
IO.inspect(BST.pre_order(t))
IO.inspect(BST.level_order(t))
IO.inspect(BST.height(t))
IO.inspect(BST.min(t))
IO.inspect({BST.member?(t, 65), BST.member?(t, 66)})
words = Enum.reduce(~w(m c x a e z), nil, &BST.insert(&2, &1))
IO.inspect(BST.in_order(words))
IO.inspect(BST.height(Enum.reduce(1..10, nil, &BST.insert(&2, &1))))
q = :queue.from_list([1, 2, 3])
IO.inspect(:queue.to_list(:queue.in_r(0, q)))
IO.inspect(:queue.len(q))
IO.inspect(:queue.peek(q))
IO.inspect(:queue.is_empty(:queue.new()))
BST.min(nil)
