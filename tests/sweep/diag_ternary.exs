# Expectation: a ternary ?: : elixir_tokenizer.erl unexpected_token on the colon (1.14's message and position), in 1.18's framed layout (elixir_errors.erl format_snippet).
x = 1
y = x == 1 ? "one" : "other"
IO.puts(y)
