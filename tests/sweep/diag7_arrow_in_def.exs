# Expectation: clauses in a def's do block: 1.18 elixir_expand unhandled_arrow_op at the first arrow (a file error: expansion stops there), the module's compile error.
defmodule Check do
  def sign(n) do
    n > 0 -> :pos
    true -> :neg
  end
end
