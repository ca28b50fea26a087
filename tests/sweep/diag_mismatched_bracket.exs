# Expectation: [ closed by ): 1.18's MismatchedDelimiterError (elixir_tokenizer.erl check_terminator, Exception.format_snippet).
list = [1, 2, 3)
IO.inspect(list)
