# A recursive exercise that fails deep down: the BEAM keeps eight
# stacktrace entries and records a repeated return address once (the
# place of the error itself is its own entry).
defmodule Tree do
  def depth(nil), do: 0
  def depth({_value, left, right}), do: 1 + max(depth(left), depth(right))

  def sum(nil), do: 0
  def sum({value, left, right}), do: value + sum(left) + sum(right)

  def build([]), do: nil
  def build([h | t]), do: {h, nil, build(t)}
end

defmodule Chain do
  def a(x), do: 1 + b(x)
  def b(x), do: 1 + c(x)
  def c(x), do: 1 + d(x)
  def d(x), do: 1 + e(x)
  def e(x), do: 1 + f(x)
  def f(x), do: 1 + g(x)
  def g(x), do: 1 + h(x)
  def h(x), do: 1 + i(x)
  def i(x), do: 1 + x * 2
end

tree = Tree.build(Enum.to_list(1..30))
IO.inspect(Tree.depth(tree), label: "depth")
IO.inspect(Tree.sum(tree), label: "sum")
IO.inspect(Chain.a(1), label: "chain")
try do
  Chain.a(:oops)
rescue
  e in ArithmeticError ->
    IO.puts(Exception.message(e))
    IO.puts(Exception.format_stacktrace(__STACKTRACE__) |> String.split("\n") |> Enum.reject(&(&1 =~ "(elixir ")) |> Enum.join("\n"))
    IO.inspect(length(__STACKTRACE__), label: "entries")
end
defmodule Count do
  def total([h | t]), do: h + total(t)
end

try do
  Count.total([1, 2, 3])
rescue
  e in FunctionClauseError ->
    IO.puts(Exception.message(e))
    IO.inspect(Enum.take(__STACKTRACE__, 2) |> Enum.map(fn {m, f, a, _} -> {m, f, a} end))
end
bad = Tree.build([1, 2, 3, :x, 5])
IO.inspect(Tree.sum(bad))
