# Expectation: one import used, one not: elixir_lexical.erl unused_import.
defmodule Text do
  import String, only: [upcase: 1]
  import List

  def shout(s), do: upcase(s) <> "!"
end

IO.puts(Text.shout("hi"))
