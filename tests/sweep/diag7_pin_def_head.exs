# Expectation: ^ of an unbound name in a def head: elixir_expand undefined_var_pin (1.14 = 1.18 text) at the variable, logged (function_error), the module's compile error.
defmodule Check do
  def same?(^expected), do: true
  def same?(_), do: false
end
