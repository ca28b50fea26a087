# Expectation: a String function not in the import's only: list: elixir_expand undefined local (1.14 = 1.18 text), 1.18 framed layout with the name's span.
defmodule Text do
  import String, only: [upcase: 1]

  def shout(s), do: upcase(s) <> "!"
  def whisper(s), do: downcase(s)
end

IO.puts(Text.shout("hi"))
