# Pattern matching: pins, nested data, binaries with sizes and match errors.
expected = 42
case {:answer, 42} do
  {:answer, ^expected} -> IO.puts("pinned match")
  _ -> IO.puts("no")
end
[first, second | rest] = [1, 2, 3, 4]
IO.inspect({first, second, rest})
%{user: %{name: name, roles: [main_role | _]}} = %{user: %{name: "Ana", roles: [:admin, :dev]}, extra: 1}
IO.inspect({name, main_role})
{_, {inner, _}} = {:outer, {:inner, :ignored}}
IO.inspect(inner)
<<len::8, data::binary-size(len), tail::binary>> = <<3, "abcdef">>
IO.inspect({len, data, tail})
"Hello " <> who = "Hello Ana"
IO.inspect(who)
[a, a, b] = [1, 1, 2]
IO.inspect({a, b})
{x, x} = {:same, :same}
IO.inspect(x)
list = [{:a, 1}, {:b, 2}]
for {key, val} = pair <- list, do: IO.inspect({key, val, pair})
v = 10
f = fn
  ^v -> :ten
  other -> {:other, other}
end
IO.inspect({f.(10), f.(11)})
IO.inspect(match?({:ok, _}, {:ok, 1}))
IO.inspect(match?([_ | _], []))
IO.inspect(match?(%{a: 1}, %{a: 1, b: 2}))
IO.inspect(match?(%{}, %{a: 1}))
IO.inspect(match?(<<"ab", _::binary>>, "abc"))
m = %{"key" => "value"}
%{"key" => found} = m
IO.inspect(found)
[{_, age} | _] = [{"ana", 30}]
IO.inspect(age)
{:ok, [h | _]} = {:ok, ~w(x y)}
IO.inspect(h)
case %{status: 404, body: "nf"} do
  %{status: s} when s in 200..299 -> IO.puts("ok")
  %{status: 404 = s, body: b} -> IO.puts("not found #{s} #{b}")
end
date = "2024-05-06"
<<year::binary-4, "-", month::binary-2, "-", day::binary-2>> = date
IO.inspect({year, month, day})
try do
  {:ok, value} = {:error, :nope}
  IO.inspect(value)
rescue
  e in MatchError -> IO.puts(Exception.message(e))
end
try do
  [_, _] = [1, 2, 3]
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  ^expected = 41
rescue
  e -> IO.puts(Exception.message(e))
end
{:ok, result} = Map.fetch(%{a: 1}, :b)
IO.inspect(result)
