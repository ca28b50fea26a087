# Expectation: calling a private function from the top level: 1.14's runtime UndefinedFunctionError (same in 1.18, tests/diagnostics 09).
defmodule Secret do
  defp hidden, do: 42
  def visible, do: hidden()
end

IO.puts(Secret.visible())
IO.puts(Secret.hidden())
