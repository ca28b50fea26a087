# Expectation: elixir_tokenizer missing terminator (1.14 = 1.18 text), 1.18 TokenMissingError layout (Exception.format_snippet) at the end of the last line.
defmodule Counter do
  def inc(n), do: n + 1
  def dec(n), do: n - 1

IO.puts(Counter.inc(1))
