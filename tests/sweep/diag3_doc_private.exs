# Expectation: @doc on a defp: Module.compile_doc 1.18's IO.warn with the def's env at the @doc's line (no column).
defmodule Math do
  @doc "Squares a number."
  defp square(x), do: x * x
  def four, do: square(2)
end

IO.puts(Math.four())
