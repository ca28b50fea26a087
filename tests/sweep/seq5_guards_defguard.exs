# Custom guards with defguard, and guard-only functions.
defmodule Checks do
  defguard is_positive(n) when is_integer(n) and n > 0
  defguard is_even_pos(n) when is_positive(n) and rem(n, 2) == 0
  defguardp is_short(s) when is_binary(s) and byte_size(s) < 4
  defguard is_point(p) when is_tuple(p) and tuple_size(p) == 2
  defguard in_range(x, lo, hi) when x >= lo and x <= hi

  def kind(n) when is_even_pos(n), do: :even_positive
  def kind(n) when is_positive(n), do: :positive
  def kind(n) when is_integer(n), do: :non_positive
  def kind(s) when is_short(s), do: :short_string
  def kind(s) when is_binary(s), do: :string
  def kind(p) when is_point(p), do: :point
  def kind(m) when is_map_key(m, :id), do: :has_id
  def kind(m) when is_map(m) and map_size(m) == 0, do: :empty_map
  def kind(l) when is_list(l) and length(l) > 0 and hd(l) == :tag, do: :tagged
  def kind(f) when is_function(f, 2), do: :binary_fun
  def kind(f) when is_function(f), do: :fun
  def kind(a) when is_atom(a) and a not in [nil, true, false], do: :plain_atom
  def kind(b) when is_boolean(b), do: :bool
  def kind(nil), do: :nil_value
  def kind(x) when is_float(x) and x == trunc(x), do: :whole_float
  def kind(_), do: :other

  def grade(score) when in_range(score, 90, 100), do: "A"
  def grade(score) when in_range(score, 80, 89), do: "B"
  def grade(score) when score in 70..79, do: "C"
  def grade(score) when is_number(score) and score >= 0, do: "F"
  def grade(_), do: "invalid"

  def safe_div(a, b) when b != 0, do: {:ok, a / b}
  def safe_div(_, _), do: {:error, :zero}

  def weird(x) when hd(x) > 1 or x == :ok, do: :guard_error_is_false
  def weird(_), do: :fallback

  def bits(b) when is_bitstring(b) and not is_binary(b), do: {:bits, bit_size(b)}
  def bits(b) when is_binary(b), do: {:bytes, byte_size(b)}
end

defmodule Main do
  require Checks

  def run do
    for v <- [4, 3, -2, 0, "abc", "abcdef", {1, 2}, %{id: 1}, %{}, [:tag, 1], [:x], fn a, b -> a + b end, fn -> 1 end,
              :hello, true, nil, 2.0, 2.5, {1, 2, 3}] do
      label = if is_function(v), do: "a fun", else: inspect(v)
      IO.puts("#{label} -> #{Checks.kind(v)}")
    end
    IO.inspect(Enum.map([95, 85, 75, 10, -1, "x", 100, 89.5], &Checks.grade/1))
    IO.inspect(Checks.safe_div(1, 0))
    IO.inspect(Checks.safe_div(1, 4))
    IO.inspect(Checks.safe_div(1, 0.0))
    IO.inspect(Checks.weird([2]))
    IO.inspect(Checks.weird(:ok))
    IO.inspect(Checks.weird(5))
    IO.inspect(Checks.weird([]))
    IO.inspect(Checks.bits(<<1::4>>))
    IO.inspect(Checks.bits("hey"))
    IO.inspect(Checks.is_positive(5))
    IO.inspect(Checks.is_positive(-5))
    IO.inspect(Checks.is_point({:a, :b}))
    x = 7
    IO.inspect(Checks.in_range(x, 1, 10))
    f = fn
      n when Checks.is_positive(n) -> "pos"
      n when is_integer(n) -> "int"
      _ -> "?"
    end
    IO.inspect(Enum.map([1, -1, :a], f))
    [m, err] = Enum.take([%{a: 1}, %RuntimeError{}], 2)
    IO.inspect(is_map_key(m, :a))
    IO.inspect(is_struct(m))
    IO.inspect(is_exception(err))
    IO.inspect(is_exception(err, ArgumentError))
  end
end

Main.run()
