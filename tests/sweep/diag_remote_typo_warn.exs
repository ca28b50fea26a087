# Expectation: misspelt remote functions never called: Module.Types' undefined-function warnings, by location, printed by the checker once the file has run; the hints are UndefinedFunctionError's.
defmodule Words do
  def size(s), do: String.lenght(s)
  def shout(s), do: s |> String.upcase() |> String.reverce()
  def count(list), do: Enum.cout(list)
end

IO.puts("Words compiled")
