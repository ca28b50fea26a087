# Expectation: a def without do: the tokenizer's end with no do open, with 1.18's indentation hint (elixir_tokenizer check_terminator mismatch_hints: the end on line 5 closed the module's do more indented), SyntaxError layout.
defmodule Calc do
  def inc(x)
    x + 1
  end
end
