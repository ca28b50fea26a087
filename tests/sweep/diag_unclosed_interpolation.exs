# Expectation: a quote inside an interpolation left open: the inner string's TokenMissingError (elixir_tokenizer.erl interpolation_format keeps the innermost location).
name = "Ana"
IO.puts("Hello #{name")
