# with/else pipelines for parsing user input.
defmodule Signup do
  def run(params) do
    with {:ok, name} <- fetch(params, "name"),
         {:ok, age} <- fetch(params, "age"),
         {age, ""} <- Integer.parse(age),
         true <- age >= 18 || {:error, :too_young},
         email = Map.get(params, "email", "none"),
         :ok <- check_email(email) do
      {:ok, %{name: name, age: age, email: email}}
    else
      {:error, :missing, key} -> "missing #{key}"
      {:error, :too_young} -> "must be 18+"
      {_, rest} when is_binary(rest) -> "age has junk #{inspect(rest)}"
      :error -> "age is not a number"
      {:error, reason} -> "error: #{reason}"
    end
  end

  defp fetch(params, key) do
    case Map.fetch(params, key) do
      {:ok, v} -> {:ok, v}
      :error -> {:error, :missing, key}
    end
  end

  defp check_email("none"), do: :ok
  defp check_email(email), do: if(String.contains?(email, "@"), do: :ok, else: {:error, "bad email"})
end

IO.inspect(Signup.run(%{"name" => "Ana", "age" => "30"}))
IO.inspect(Signup.run(%{"name" => "Ana"}))
IO.inspect(Signup.run(%{"name" => "Ana", "age" => "12"}))
IO.inspect(Signup.run(%{"name" => "Ana", "age" => "3x"}))
IO.inspect(Signup.run(%{"name" => "Ana", "age" => "old"}))
IO.inspect(Signup.run(%{"name" => "Ana", "age" => "40", "email" => "nope"}))
IO.inspect(Signup.run(%{"name" => "Ana", "age" => "40", "email" => "a@b.c"}))

r =
  with {:ok, a} <- {:ok, 1},
       b = a + 1,
       {:ok, c} when c > b <- {:ok, 5} do
    a + b + c
  end
IO.inspect(r)

r2 = with {:ok, x} <- {:error, :nope}, do: x
IO.inspect(r2)

r3 =
  with [h | _] <- [], do: h
IO.inspect(r3)

r4 =
  with %{name: n} <- %{name: "z"}, n = String.upcase(n) do
    n
  end
IO.inspect(r4)

defmodule Strict do
  def go(x) do
    with {:ok, v} <- x do
      v
    else
      {:error, e} -> e
    end
  end
end
IO.inspect(Strict.go({:ok, 1}))
IO.inspect(Strict.go({:error, :e}))
Strict.go(:other)
