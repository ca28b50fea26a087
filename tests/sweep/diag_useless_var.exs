# Expectation: a variable alone on a line before the last expression: elixir_expand.erl is_useless_building (useless_var) at the variable, one column.
defmodule Calc do
  def run(x) do
    y = x * 2
    y
    x + 1
  end
end

IO.inspect(Calc.run(1))
