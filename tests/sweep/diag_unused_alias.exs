# Expectation: unused aliases: elixir_lexical.erl, printed by name once the file has run, at the alias (one column).
defmodule Shop do
  alias String.Chars
  alias Enum, as: E

  def total(list), do: Enum.sum(list)
end

IO.puts(Shop.total([1, 2]))
