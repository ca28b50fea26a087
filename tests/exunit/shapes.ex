defmodule Shapes do
  def area({:square, s}) when is_number(s) and s > 0, do: s * s
  def area({:circle, r}) when is_integer(r) or is_float(r), do: 3 * r * r
  def area(%{} = m, x) when is_map(m), do: x
  def area([h | _], "str", 1), do: h
  def scale(x, factor \\ 2) when is_integer(x) when is_float(x), do: x * factor
  def many(1), do: 1
  def many(2), do: 1
  def many(3), do: 1
  def many(4), do: 1
  def many(5), do: 1
  def many(6), do: 1
  def many(7), do: 1
  def many(8), do: 1
  def many(9), do: 1
  def many(10), do: 1
  def many(11), do: 1
  def many(12), do: 1
  def pick(a, a) when a != nil and (is_atom(a) or is_binary(a)), do: a
  def pick(x, :b), do: x
  def call_priv(x), do: priv(x)
  defp priv(:ok), do: 1
end
