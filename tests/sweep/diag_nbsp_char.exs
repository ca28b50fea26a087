# Expectation: a no-break space: elixir_tokenizer.erl unexpected_token (1.14's message and position), in 1.18's framed layout (elixir_errors.erl format_snippet).
x = 1
y = x +  1
IO.puts(y)
