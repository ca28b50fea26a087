# Expectation: a << left open: elixir_tokenizer missing terminator >> (1.18 names only the delimiter), 1.18 TokenMissingError layout.
bytes = <<1, 2, 3
IO.inspect(bytes)
