# Expectation: letters after a number: elixir_tokenizer's invalid character message (1.14 = 1.18 text), framed.
x = 12abc
IO.puts(x)
