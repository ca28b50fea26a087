# Expectation: a space before a keyword's colon: elixir_tokenizer unexpected token (1.14 = 1.18 text), 1.18 SyntaxError layout.
opts = [name : "Ana"]
IO.inspect(opts)
