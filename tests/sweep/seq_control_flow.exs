defmodule Flow do
  def check(x) do
    cond do
      x < 0 -> :negative
      x == 0 -> :zero
      x < 10 -> :small
      true -> :large
    end
  end

  def describe(value) do
    case value do
      {:ok, result} when is_list(result) -> "list of #{length(result)}"
      {:ok, result} -> "ok: #{inspect(result)}"
      {:error, reason} -> "error: #{reason}"
      [] -> "empty"
      [_ | _] = l -> "list #{inspect(l)}"
      %{type: t} -> "typed #{t}"
      _ -> "unknown"
    end
  end
end

IO.inspect(Enum.map([-1, 0, 5, 50], &Flow.check/1))
for v <- [{:ok, [1, 2]}, {:ok, 3}, {:error, "bad"}, [], [1], %{type: :x}, 3.0] do
  IO.puts(Flow.describe(v))
end

x = 7
if x > 5 do
  IO.puts("big")
else
  IO.puts("small")
end
IO.inspect(if false, do: :yes)
IO.inspect(unless x == 7, do: :not_seven, else: :seven)
y = if x > 0, do: "pos", else: "neg"
IO.puts(y)

r =
  case {1, 2} do
    {a, b} when a > b -> :gt
    {a, a} -> :eq
    _ -> :lt
  end
IO.inspect(r)

pin = 5
IO.inspect(match?(^pin, 5))
case 5 do
  ^pin -> IO.puts("pinned match")
  _ -> IO.puts("no")
end
{a, _, c} = {1, 2, 3}
IO.inspect(a + c)
[h | t] = [:x, :y, :z]
IO.inspect({h, t})
%{name: nm} = %{name: "N", extra: 1}
IO.inspect(nm)
[_, second | _] = [10, 20, 30]
IO.inspect(second)
{:ok, %{items: [first_item | _]}} = {:ok, %{items: ["i1", "i2"]}}
IO.inspect(first_item)
<<prefix::binary-size(2), _::binary>> = "hello"
IO.inspect(prefix)
"he" <> rest = "hello"
IO.inspect(rest)
v = cond do
  nil -> 1
  :else -> 2
end
IO.inspect(v)
IO.inspect(case [] do [] -> :empty end)
z = (fn -> if true, do: 1 end).()
IO.inspect(z)
IO.inspect(true && "yes")
IO.inspect(nil && "yes")
IO.inspect(false || nil)
IO.inspect(not true)
IO.inspect(1 in [1, 2] and :a in [:b])
