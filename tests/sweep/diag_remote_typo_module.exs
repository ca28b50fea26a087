# Expectation: a misspelt String function called: the runtime UndefinedFunctionError; the file raises, so the checker's warning is never printed (Code.require_file verifies after the file ran).
defmodule Words do
  def size(s), do: String.lenght(s)
end

IO.puts("defined")
IO.puts(Words.size("hello"))
