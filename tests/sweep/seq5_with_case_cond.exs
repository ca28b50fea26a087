# with/else, case, cond, if/unless as course exercises use them.
defmodule Signup do
  def validate(params) do
    with {:ok, name} <- fetch(params, "name"),
         {:ok, age} <- fetch(params, "age"),
         {age, ""} <- Integer.parse(age),
         true <- age >= 18 || {:error, :too_young},
         email when is_binary(email) <- Map.get(params, "email", "none@example.com") do
      {:ok, %{name: name, age: age, email: email}}
    else
      {:error, reason} -> {:error, reason}
      {_age, rest} -> {:error, {:trailing, rest}}
      :error -> {:error, :bad_age}
      other -> {:error, {:unexpected, other}}
    end
  end

  defp fetch(map, key) do
    case Map.fetch(map, key) do
      {:ok, ""} -> {:error, {:empty, key}}
      {:ok, v} -> {:ok, v}
      :error -> {:error, {:missing, key}}
    end
  end

  def classify(n) do
    cond do
      n < 0 -> :negative
      n == 0 -> :zero
      rem(n, 2) == 0 and n > 100 -> :big_even
      rem(n, 2) == 0 -> :even
      true -> :odd
    end
  end

  def describe(x) do
    case x do
      {:ok, v} when is_list(v) and length(v) > 2 -> "long list ok"
      {:ok, [h | _]} -> "list starting #{h}"
      {:ok, %{id: id} = m} when map_size(m) == 1 -> "just id #{id}"
      {:ok, _} -> "ok other"
      {:error, msg} when is_binary(msg) -> "error: " <> msg
      [] -> "empty"
      [_] -> "one"
      [_, _ | rest] -> "two plus #{length(rest)}"
      n when is_integer(n) and n in 1..10 -> "small int"
      n when is_float(n) -> "float #{n}"
      <<"GET ", path::binary>> -> "get #{path}"
      _ -> "unknown"
    end
  end
end

inputs = [
  %{"name" => "Ann", "age" => "30"},
  %{"name" => "Bo", "age" => "12"},
  %{"name" => "", "age" => "40"},
  %{"age" => "40"},
  %{"name" => "Cy", "age" => "4x"},
  %{"name" => "Di", "age" => "abc"},
  %{"name" => "Ed", "age" => "50", "email" => nil},
  %{"name" => "Fa", "age" => "22", "email" => "fa@x.io"}
]
Enum.each(inputs, fn i -> IO.inspect(Signup.validate(i)) end)
IO.inspect(Enum.map([-5, 0, 7, 8, 200], &Signup.classify/1))
for x <- [{:ok, [1, 2, 3]}, {:ok, [9]}, {:ok, %{id: 4}}, {:ok, %{id: 4, x: 1}}, {:error, "bad"}, {:error, :atom},
          [], [1], [1, 2, 3, 4], 5, 50, 2.5, "GET /index", "POST /"] do
  IO.puts(Signup.describe(x))
end
[one, two] = Enum.to_list(1..2)
[f, n, e] = [false, nil, ""]
value = if one > two, do: :yes
IO.inspect(value)
IO.inspect(unless(f, do: :ran, else: :skipped))
IO.inspect(if(n, do: 1, else: 2))
IO.inspect(if(Enum.take([1], 0), do: :truthy_list))
r = with {:ok, a} <- {:ok, 1}, b = a + 1, {:ok, c} <- {:ok, b * 10}, do: a + b + c
IO.inspect(r)
IO.inspect(with({:ok, x} <- List.first([:nope]), do: x))
IO.inspect(with(x when x > 5 <- List.last([3]), do: x, else: (n -> {:small, n})))
x = 5
result = case List.first([5]) do
  ^x -> "pinned match"
  _ -> "no"
end
IO.puts(result)
IO.inspect(case List.to_tuple([1, 2, 3]) do
  {a, b, c} when a + b == c -> :sum
  _ -> :nope
end)
IO.inspect(cond do
  f -> 1
  n -> 2
  e -> 3
end)
