# Pattern matching: nested, pins, maps, lists, strings, binaries.
{a, {b, [c | _]}} = {1, {2, [3, 4]}}
IO.inspect({a, b, c})
%{name: name, address: %{city: city}} = %{name: "Ann", age: 30, address: %{city: "Oslo", zip: "0150"}}
IO.inspect({name, city})
[first, second | rest] = Enum.to_list(1..6)
IO.inspect({first, second, rest})
[_, _, third | _] = ~w(a b c d)
IO.inspect(third)
"Hello, " <> who = "Hello, world"
IO.inspect(who)
<<y::binary-size(4), "-", m::binary-size(2)>> = "2024-05"
IO.inspect({y, m})
x = 5
{^x, other} = {5, :matched}
IO.inspect(other)
list = [1, 2, 3]
[^x | _] = [5, 6] 
IO.inspect(:pinned_head)
case list do
  [1 | tail] when length(tail) == 2 -> IO.inspect({:starts_with_one, tail})
  _ -> IO.inspect(:other)
end
{:ok, %{"data" => [%{"id" => id} | _]}} = {:ok, %{"data" => [%{"id" => 42, "x" => 1}, %{"id" => 43}]}}
IO.inspect(id)
f = fn
  {:circle, r} -> 3 * r * r
  {:rect, w, h} -> w * h
  {:square, s} -> s * s
end
IO.inspect(Enum.map([{:circle, 2}, {:rect, 2, 5}, {:square, 3}], f))
[{k, v}] = Map.to_list(%{only: :one})
IO.inspect({k, v})
{_, _, _} = t = {:a, :b, :c}
IO.inspect(t)
%{} = %{any: :map}
IO.inspect(:empty_map_pattern_matches_any_map)
[h | t] = ~c"hi"
IO.inspect({h, t})
{:error, reason} = {:error, {:timeout, 5000}}
IO.inspect(reason)
<<header::size(8), payload::binary>> = <<7, "abc">>
IO.inspect({header, payload})
[a1, a1] = [7, 7]
IO.inspect(a1)
{x1, x1, y1} = {1, 1, 2}
IO.inspect({x1, y1})
result = with {:ok, v} <- {:ok, 10}, {:ok, w} <- {:ok, v * 2}, do: w
IO.inspect(result)
tuple = {:user, "ann", [:admin, :dev]}
{:user, uname, roles} = tuple
IO.inspect("#{uname} has #{length(roles)} roles")
%{a: aa} = Map.put(%{}, :a, 1)
IO.inspect(aa)
try do
  [x2, x2] = [1, 2]
  IO.inspect(x2)
rescue
  e in MatchError -> IO.puts(Exception.message(e))
end
try do
  %{missing: _} = %{present: 1}
rescue
  e in MatchError -> IO.puts(Exception.message(e))
end
try do
  <<_::binary-size(10)>> = "short"
rescue
  e in MatchError -> IO.puts(Exception.message(e))
end
{:ok, big} = {:ok, Enum.to_list(1..30) |> Enum.map(&{&1, &1 * &1}) |> Map.new()}
IO.inspect(map_size(big))
{:ok, value} = {:error, %{reason: "not found", code: 404, details: [path: "/users/42", method: "GET", retries: 3]}}
IO.inspect(value)
