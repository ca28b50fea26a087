# Expectation: an atom starting with a digit: elixir_tokenizer's unexpected_token at the ':' (1.14 = 1.18 text), framed.
status = :1st
IO.inspect(status)
