defmodule Shape do
  def describe({:circle, r}) when is_number(r) and r > 0, do: "circle r=#{r}"
  def describe({:rect, w, h}) when w == h, do: "square #{w}"
  def describe({:rect, w, h}), do: "rect #{w}x#{h}"
  def describe(other), do: "unknown #{inspect(other)}"

  def kind(x) when is_integer(x), do: :int
  def kind(x) when is_float(x), do: :float
  def kind(x) when is_binary(x), do: :string
  def kind(x) when is_atom(x), do: :atom
  def kind(x) when is_list(x), do: :list
  def kind(x) when is_map(x), do: :map
  def kind(_), do: :other

  def in_range?(x) when x in 1..10, do: true
  def in_range?(_), do: false

  def classify(n) when rem(n, 15) == 0, do: "FizzBuzz"
  def classify(n) when rem(n, 3) == 0, do: "Fizz"
  def classify(n) when rem(n, 5) == 0, do: "Buzz"
  def classify(n), do: to_string(n)
end

IO.puts(Shape.describe({:circle, 2}))
IO.puts(Shape.describe({:rect, 3, 3}))
IO.puts(Shape.describe({:rect, 3, 4}))
IO.puts(Shape.describe({:circle, -1}))
IO.inspect(Enum.map([1, 1.0, "s", :a, [], %{}, {}], &Shape.kind/1))
IO.inspect(Enum.map([0, 5, 11], &Shape.in_range?/1))
IO.puts(Enum.map_join(1..15, " ", &Shape.classify/1))
[first, second | rest] = [1, 2, 3, 4]
IO.inspect({first, second, rest})
{a, {b, c}} = {1, {2, 3}}
IO.inspect(a + b + c)
%{name: name, tags: [tag | _]} = %{name: "x", tags: ["t1", "t2"]}
IO.inspect({name, tag})
<<head::binary-size(3), tail::binary>> = "abcdef"
IO.inspect({head, tail})
"prefix-" <> suffix = "prefix-rest"
IO.inspect(suffix)
x = 5
case 5 do
  ^x -> IO.puts("pinned match")
  _ -> IO.puts("no")
end
case {1, 2} do
  {a, a} -> IO.puts("same")
  {a, b} when a < b -> IO.puts("ascending")
end
v = with {:ok, a} <- {:ok, 1}, b = a + 1, {:ok, c} <- {:ok, b * 2}, do: c
IO.inspect(v)
w = with {:ok, a} <- {:error, :bad}, do: a
IO.inspect(w)
res = with {:ok, n} <- Integer.parse("12") |> then(fn {n, _} -> {:ok, n} end), true <- n > 10 do
  :big
else
  false -> :small
  _ -> :error
end
IO.inspect(res)
r = cond do
  x > 10 -> :big
  x > 3 -> :medium
  true -> :small
end
IO.inspect(r)
IO.inspect(if nil, do: 1, else: 2)
IO.inspect(unless false, do: :ran)
IO.inspect(match?({:ok, _}, {:ok, 5}))
IO.inspect(is_nil(nil) and not is_nil(1))
IO.inspect(nil || :default)
IO.inspect(false && :never)
IO.inspect(1 && 2)
f = fn
  {:ok, v} -> "ok #{v}"
  {:error, e} -> "err #{e}"
end
IO.puts(f.({:ok, 1}))
IO.puts(f.({:error, "x"}))
_ = 3
{_, second_only} = {1, 2}
IO.inspect(second_only)
