# Expectation: a quoted atom never closed: elixir_tokenizer 1.18 interpolation_error, opened at the quote (Column + 1), as the recorded 05_unterminated_string.
key = :"first name
IO.inspect(key)
