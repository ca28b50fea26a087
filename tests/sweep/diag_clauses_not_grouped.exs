# Expectation: clauses apart: elixir_def.erl ungrouped_arity (file_warn at the definition's line and name column); 1.14 gives the same text.
defmodule Shapes do
  def area({:square, s}), do: s * s
  def name, do: "shapes"
  def area({:circle, r}), do: 3.14 * r * r
end

IO.puts(Shapes.area({:square, 2}))
