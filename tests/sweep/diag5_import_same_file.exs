# Expectation: import at the top level of a module the same file defines above it: elixir_aliases 1.18 scheduled_module, a file error raised before anything runs (1.14 words it the same; 1.18's framed layout).
defmodule MathHelpers do
  def double(x), do: x * 2
end

IO.puts("start")
import MathHelpers
IO.puts(double(21))
