# Expectation: an undefined variable in a function: elixir_expand.erl undefined_var with its span, then the clause's unused variable.
defmodule Area do
  def rect(w, h), do: w * height
end

IO.puts(Area.rect(2, 3))
