# Expectation: a remote call with an arity String lacks: UndefinedFunctionError with the arities it has (1.14 = 1.18), the checker's warning not printed as the file does not finish.
defmodule Words do
  def pad(s), do: String.pad_leading(s)
end

IO.puts(Words.pad("x"))
