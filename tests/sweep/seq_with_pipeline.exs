defmodule Signup do
  def validate_name(%{name: name}) when is_binary(name) and byte_size(name) > 0, do: {:ok, name}
  def validate_name(_), do: {:error, :missing_name}

  def validate_age(%{age: age}) when is_integer(age) and age >= 18, do: {:ok, age}
  def validate_age(%{age: age}) when is_integer(age), do: {:error, {:too_young, age}}
  def validate_age(_), do: {:error, :missing_age}

  def register(params) do
    with {:ok, name} <- validate_name(params),
         {:ok, age} <- validate_age(params),
         email = Map.get(params, :email, "none") do
      {:ok, %{name: name, age: age, email: email}}
    else
      {:error, :missing_name} -> {:error, "name is required"}
      {:error, {:too_young, a}} -> {:error, "must be 18, got #{a}"}
      {:error, other} -> {:error, inspect(other)}
    end
  end

  def parse(str) do
    with {n, ""} <- Integer.parse(str), true <- n > 0 do
      n
    end
  end
end

IO.inspect(Signup.register(%{name: "Ann", age: 30}))
IO.inspect(Signup.register(%{name: "", age: 30}))
IO.inspect(Signup.register(%{name: "Bo", age: 12}))
IO.inspect(Signup.register(%{name: "Cy"}))
IO.inspect(Signup.register(%{name: "Di", age: 40, email: "d@x.io"}))
IO.inspect(Signup.parse("42"))
IO.inspect(Signup.parse("42x"))
IO.inspect(Signup.parse("-3"))

"  Some Messy   Input  "
|> String.trim()
|> String.split()
|> Enum.map(&String.downcase/1)
|> Enum.join("_")
|> IO.puts()

1..10
|> Enum.filter(&(rem(&1, 2) == 1))
|> Enum.map(fn x -> x * x end)
|> Enum.sum()
|> then(fn s -> "sum of odd squares: #{s}" end)
|> IO.puts()

[3, 1, 2] |> Enum.sort() |> tap(&IO.inspect(&1, label: "sorted")) |> length() |> IO.puts()

with {:ok, x} <- {:error, :boom} do
  IO.puts("never #{x}")
end
|> IO.inspect()

result =
  with {:ok, a} <- {:ok, 1},
       {:ok, b} <- {:ok, 2} do
    a + b
  end

IO.inspect(result)

with {:ok, v} <- {:ok, nil}, true <- is_nil(v) do
  IO.puts("nil ok")
end
with {:ok, v} <- :bad do
  v
else
  :other -> :nope
end
