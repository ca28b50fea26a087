defmodule Calc do
  def apply_op(:add, a, b), do: a + b
  def apply_op(:sub, a, b), do: a - b
  def apply_op(:div, a, b) when b != 0, do: a / b
end

IO.inspect(Calc.apply_op(:add, 1, 2))
IO.inspect(Calc.apply_op(:div, 1, 2))
IO.inspect(Calc.apply_op(:div, 1, 0))
