# Expectation: = in a guard: elixir_expand.erl assert_no_guard_scope, file_error at the = (1.18 adds #guards to the link).
defmodule M do
  def one?(x) when x = 1, do: true
  def one?(_), do: false
end
