# Expectation: a number ending in _: elixir_tokenizer tokenize_number stops before the _ and rejects it (1.14 = 1.18 text), framed.
million = 1_000_
IO.puts(million)
