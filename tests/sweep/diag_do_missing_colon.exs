# Expectation: do after a comma (do x for do: x): elixir_tokenizer.erl invalid_do_error at the do (1.14's message and position), in 1.18's framed layout (elixir_errors.erl format_snippet).
defmodule M do
  def double(x), do x * 2
end
