# Expectation: ~c" never closed: 1.18's TokenMissingError, opening at the sigil's delimiter (elixir_tokenizer.erl tokenize_sigil_contents).
IO.puts("start")
name = ~c"abc
IO.inspect(name)
