# Expectation: _x twice in one pattern: elixir_expand.erl underscored_var_repeat (1.14's message and position), 1.18's layout.
defmodule Pair do
  def same?({_x, _x}), do: true
  def same?(_), do: false
end

IO.inspect(Pair.same?({1, 1}))
