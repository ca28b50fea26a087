# Expectation: one ] too many: elixir_tokenizer unexpected token (1.14 = 1.18 text), 1.18 SyntaxError snippet.
list = [1, 2, 3]]
IO.inspect(list)
