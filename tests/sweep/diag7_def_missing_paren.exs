# Expectation: a def's ( left open: 1.18 elixir_tokenizer check_terminator mismatched delimiter (MismatchedDelimiterError, 1.14 worded it as a SyntaxError) at the module's end.
defmodule Calc do
  def add(a, b do
    a + b
  end
end
