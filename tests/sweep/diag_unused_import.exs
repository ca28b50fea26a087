# Expectation: an unused import: elixir_lexical.erl, printed once the file has run, at the import (one column).
defmodule Text do
  import String

  def shout(s), do: s <> "!"
end

IO.puts(Text.shout("hi"))
