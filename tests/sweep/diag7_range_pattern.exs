# Expectation: a range in a case pattern matches only an equal range (a %Range{} struct), not a number in it; `in` in a guard does (1.14 = 1.18, no diagnostic).
defmodule Size do
  def label(n) do
    case n do
      1..5 -> :range
      _ -> :other
    end
  end

  def guard_label(n) when n in 1..5, do: :small
  def guard_label(_n), do: :big
end

IO.inspect(Size.label(3))
IO.inspect(Size.label(1..5))
IO.inspect(Size.guard_label(3))
IO.inspect(Size.guard_label(9))
