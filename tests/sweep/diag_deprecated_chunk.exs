# Expectation: a deprecated call in a module: Module.Types' deprecation warning (1.18 @deprecated reason in enum.ex), printed by the checker once the file has run.
defmodule Pairs do
  def pairs(list), do: Enum.chunk(list, 2)
end

IO.inspect(Pairs.pairs([1, 2, 3, 4]))
