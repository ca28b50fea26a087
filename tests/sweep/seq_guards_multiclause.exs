defmodule Classify do
  def type(x) when is_integer(x) and x < 0, do: :negative_int
  def type(0), do: :zero
  def type(x) when is_integer(x), do: :positive_int
  def type(x) when is_float(x), do: :float
  def type(x) when is_binary(x), do: :string
  def type(x) when is_atom(x) and not is_nil(x), do: :atom
  def type(nil), do: :nil
  def type([]), do: :empty_list
  def type([_ | _]), do: :list
  def type(x) when is_tuple(x) and tuple_size(x) == 2, do: :pair
  def type(x) when is_map(x) and map_size(x) == 0, do: :empty_map
  def type(%{}), do: :map
  def type(x) when is_function(x, 1), do: :fun1
  def type(_), do: :other

  def fizzbuzz(n) when rem(n, 15) == 0, do: "FizzBuzz"
  def fizzbuzz(n) when rem(n, 3) == 0, do: "Fizz"
  def fizzbuzz(n) when rem(n, 5) == 0, do: "Buzz"
  def fizzbuzz(n), do: Integer.to_string(n)

  def between(x, lo, hi) when x in lo..hi, do: true
  def between(_, _, _), do: false

  def vowel?(c) when c in ~w(a e i o u), do: true
  def vowel?(_), do: false

  def sign(x) when x > 0 when is_number(x), do: 1
  def sign(x) when x < 0, do: -1
  def sign(_), do: 0

  def describe(%{name: n} = m) when is_map_key(m, :age), do: "#{n} (#{m.age})"
  def describe(%{name: n}), do: n

  def safe_head(list) when is_list(list) and length(list) > 0, do: hd(list)
  def safe_head(_), do: nil
end

for v <- [-5, 0, 7, 1.5, "s", :a, nil, [], [1], {1, 2}, {1, 2, 3}, %{}, %{a: 1}, &abs/1, &max/2] do
  IO.puts("#{inspect(v)} -> #{Classify.type(v)}")
end

1..15 |> Enum.map(&Classify.fizzbuzz/1) |> Enum.join(" ") |> IO.puts()
IO.inspect(Enum.map([0, 5, 11], &Classify.between(&1, 1, 10)))
IO.inspect(Enum.filter(~w(a b e x o), &Classify.vowel?/1))
IO.inspect(Enum.map([3, -2, 0], &Classify.sign/1))
IO.puts(Classify.describe(%{name: "Ann", age: 3}))
IO.puts(Classify.describe(%{name: "Bob"}))
IO.inspect(Classify.safe_head([9, 8]))
IO.inspect(Classify.safe_head([]))
IO.inspect(is_number(1.0) and is_boolean(false))
IO.inspect(1 == 1.0)
IO.inspect(1 === 1.0)
IO.inspect(:a < 1)
IO.inspect({1, 2} < [1])
IO.inspect(nil || :default)
IO.inspect(false && raise("never"))
IO.inspect(!nil)
Classify.fizzbuzz("15")
