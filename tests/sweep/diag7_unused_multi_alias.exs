# Expectation: a multi-alias with two names never used and a call through the third to a module that does not exist: elixir_lexical unused alias (1.14 = 1.18 text, at the alias call), then the checker's undefined module, once the file has run.
defmodule Shop.Cart do
  alias Shop.{Item, Price, Tax}

  def total(items), do: Enum.map(items, fn i -> Price.of(i) end)
end

IO.puts("loaded")
