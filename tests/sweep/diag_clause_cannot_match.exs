# Expectation: a clause after a catch-all: elixir_erl_compiler.erl custom_format (shadow) at the clause's line and name column, no stack entry.
defmodule Fact do
  def of(n), do: n * of(n - 1)
  def of(0), do: 1
end

IO.puts("compiled")
