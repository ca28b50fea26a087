# Guards: defguard, guard-safe functions and guards that fail quietly.
defmodule Checks do
  defguard is_even(n) when is_integer(n) and rem(n, 2) == 0
  defguard is_adult(p) when is_map(p) and is_map_key(p, :age) and :erlang.map_get(:age, p) >= 18
  defguardp is_short(s) when is_binary(s) and byte_size(s) < 4

  def kind(n) when is_even(n), do: :even
  def kind(n) when is_integer(n), do: :odd
  def kind(_), do: :not_int

  def describe(p) when is_adult(p), do: "#{p.name} is an adult"
  def describe(%{name: n}), do: "#{n} is a minor or unknown"

  def size_class(s) when is_short(s), do: :short
  def size_class(s) when is_binary(s), do: :long

  def first_ok(t) when is_tuple(t) and tuple_size(t) > 0 and elem(t, 0) == :ok, do: :ok_tuple
  def first_ok(_), do: :other

  def head_is_one(l) when hd(l) == 1, do: true
  def head_is_one(_), do: false

  def in_range(x) when x in 1..10, do: :small
  def in_range(x) when x in [100, 200], do: :listed
  def in_range(x) when is_float(x) and x > 0.0, do: :pos_float
  def in_range(_), do: :other

  def map_guard(m) when map_size(m) == 0, do: :empty
  def map_guard(%{type: t}) when t in [:a, :b], do: {:typed, t}
  def map_guard(_), do: :something

  def weird(x) when length(x) > 2 or x == :atom, do: :matched
  def weird(_), do: :fallthrough

  def classify(x) when is_atom(x) when is_binary(x), do: :atom_or_string
  def classify(_), do: :else
end

IO.inspect(Enum.map([2, 3, 2.0, "x"], &Checks.kind/1))
IO.puts(Checks.describe(%{name: "Ana", age: 30}))
IO.puts(Checks.describe(%{name: "Ben", age: 12}))
IO.puts(Checks.describe(%{name: "Caro"}))
IO.inspect(Enum.map(["abc", "abcd", ""], &Checks.size_class/1))
IO.inspect(Enum.map([{:ok, 1}, {}, {:error}, [:ok]], &Checks.first_ok/1))
IO.inspect(Enum.map([[1, 2], [], [2], :x], &Checks.head_is_one/1))
IO.inspect(Enum.map([5, 100, 2.5, 11, -1.0], &Checks.in_range/1))
IO.inspect(Enum.map([%{}, %{type: :a}, %{type: :c}], &Checks.map_guard/1))
IO.inspect(Enum.map([[1, 2, 3], :atom, 5, [1]], &Checks.weird/1))
IO.inspect(Enum.map([:a, "b", 1], &Checks.classify/1))
defmodule UsesGuards do
  def run do
    require Checks
    IO.inspect(Checks.is_even(4))
    IO.inspect(Checks.is_adult(%{age: 20}))
    x = 7
    r =
      case x do
        n when Checks.is_even(n) -> "even"
        n when n > 5 and n < 10 -> "between"
        _ -> "other"
      end
    IO.puts(r)
  end
end

UsesGuards.run()
f = fn
  n when is_integer(n) and n < 0 -> :neg
  0 -> :zero
  n when is_number(n) -> :pos
end
IO.inspect(Enum.map([-1, 0, 3, 0.5], f))
Checks.size_class(:nope)
