# Expectation: a def then a defp of one name/arity: elixir_def changed_kind (1.14 = 1.18 text), file_error with the file only (no function, cannot compile file).
defmodule Acc do
  def total(x), do: x
  defp total(x), do: x * 2
end

IO.puts(Acc.total(1))
