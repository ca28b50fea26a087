# Expectation: _a used: elixir_expand.erl underscored_var_access (1.14 gives the same text), one column.
defmodule Sum do
  def add(_a, b) do
    _a + b
  end
end

IO.puts(Sum.add(1, 2))
