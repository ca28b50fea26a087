# Expectation: length/1 of a string passed in: the BIF's ArgumentError (1.14 = 1.18); a function argument, so no compiler warning.
defmodule Word do
  def size(word), do: length(word)
end

IO.puts(Word.size(~c"hi"))
IO.puts(Word.size("hello"))
