# Expectation: @impl true with no @behaviour: Module.Behaviour 1.18 no_behaviours at the definition's line, printed once the file has run.
defmodule Square do
  @impl true
  def area(s), do: s * s
end

IO.puts(Square.area(3))
