# Expectation: an undefined variable in a guard: elixir_expand.erl undefined_var with its span, then the clause's unused variable.
defmodule Check do
  def big?(n) when m > 10, do: true
  def big?(_), do: false
end

IO.inspect(Check.big?(20))
