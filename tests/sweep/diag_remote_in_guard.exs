# Expectation: String.length/1 in a guard: elixir_rewrite.erl invalid_guard, file_error at the call (one column).
defmodule Names do
  def long?(name) when String.length(name) > 5, do: true
  def long?(_), do: false
end

IO.inspect(Names.long?("Alexander"))
