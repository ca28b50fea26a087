# with/else, cond, unless/else, guards with in, multi-clause fns, defaults.
defmodule Flow do
  def classify(n) when n in 1..9, do: :digit
  def classify(n) when n in [10, 20, 30], do: :round
  def classify(n) when is_integer(n) and n < 0, do: :negative
  def classify(c) when c in ?a..?z, do: :lower
  def classify(_), do: :other

  def greet(name, greeting \\ "Hello", punct \\ "!") do
    "#{greeting}, #{name}#{punct}"
  end

  def countdown(n, acc \\ [])
  def countdown(0, acc), do: Enum.reverse([:liftoff | acc])
  def countdown(n, acc), do: countdown(n - 1, [n | acc])

  def parse_user(params) do
    with {:ok, name} <- Map.fetch(params, "name"),
         true <- String.length(name) > 1 || {:error, :short_name},
         {age, ""} <- Integer.parse(Map.get(params, "age", "")),
         :ok <- (if age >= 18, do: :ok, else: {:error, :minor}) do
      {:ok, %{name: name, age: age}}
    else
      :error -> {:error, :missing_name}
      {:error, _} = err -> err
      :error_parse -> :unreachable
      {_n, rest} -> {:error, {:trailing, rest}}
      other -> {:error, {:unexpected, other}}
    end
  end
end

IO.inspect(Enum.map([5, 20, -3, ?q, 100, :x], &Flow.classify/1))
IO.puts(Flow.greet("Ann"))
IO.puts(Flow.greet("Ann", "Hi"))
IO.puts(Flow.greet("Ann", "Hey", "?"))
IO.inspect(Flow.countdown(3))
IO.inspect(Flow.parse_user(%{"name" => "Ann", "age" => "30"}))
IO.inspect(Flow.parse_user(%{"age" => "30"}))
IO.inspect(Flow.parse_user(%{"name" => "A"}))
IO.inspect(Flow.parse_user(%{"name" => "Ann", "age" => "12"}))
IO.inspect(Flow.parse_user(%{"name" => "Ann", "age" => "30x"}))
IO.inspect(Flow.parse_user(%{"name" => "Ann", "age" => "x"}))
temp = 25
msg =
  cond do
    temp < 0 -> "freezing"
    temp < 20 -> "cold"
    temp < 30 -> "warm"
    true -> "hot"
  end
IO.puts(msg)
unless temp > 30 do
  IO.puts("not hot")
else
  IO.puts("hot")
end
IO.inspect(unless(true, do: 1))
IO.inspect(if(false, do: 1))
IO.inspect(if nil, do: :yes, else: :no)
fizz = fn
  n when rem(n, 15) == 0 -> "FizzBuzz"
  n when rem(n, 3) == 0 -> "Fizz"
  n when rem(n, 5) == 0 -> "Buzz"
  n -> n
end
IO.inspect(Enum.map(1..15, fizz))
inc = &(&1 + 1)
add = &+/2
up = &String.upcase/1
IO.inspect({inc.(1), add.(2, 3), up.("x")})
IO.inspect(5 |> then(&(&1 * 2)) |> tap(&IO.inspect(&1, label: "tapped")) |> Kernel.+(1))
IO.inspect([1, 2, 3] |> Enum.map(&(&1 * &1)) |> Enum.sum() |> then(fn s -> {:sum, s} end))
x = 10
f = fn -> x end
x = 20
IO.inspect({f.(), x})
case {1, [2, 3]} do
  {a, [b | _]} when a + b > 10 -> IO.puts("big")
  {a, [b | rest]} -> IO.inspect({a, b, rest})
end
value = 7
case 7 do
  ^value -> IO.puts("pinned match")
  _ -> IO.puts("no")
end
IO.inspect(match?({:ok, _}, {:ok, 1}))
IO.inspect(match?([_ | _], []))
[first | _] = ~w(a b c)
IO.inspect(first)
{:ok, %{items: [%{id: id} | _]}} = {:ok, %{items: [%{id: 42}, %{id: 43}]}}
IO.inspect(id)
<<head::binary-size(3), rest::binary>> = "abcdef"
IO.inspect({head, rest})
"user:" <> uname = "user:bob"
IO.inspect(uname)
IO.inspect(is_nil(nil) and not is_nil(1))
IO.inspect(nil || false || :default)
IO.inspect(1 && nil)
IO.inspect(false or true)
