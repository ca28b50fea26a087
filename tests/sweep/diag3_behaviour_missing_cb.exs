# Expectation: a callback of the file's own behaviour not implemented: Module.Behaviour 1.18 missing_callback, printed by the checker once the file has run, at the defmodule's line.
defmodule Shape do
  @callback area(term()) :: number()
  @callback name() :: String.t()
end

defmodule Square do
  @behaviour Shape
  def area(s), do: s * s
end

IO.puts(Square.area(3))
