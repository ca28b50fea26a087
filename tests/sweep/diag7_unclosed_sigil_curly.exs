# Expectation: a ~s{ sigil left open: elixir_tokenizer sigil missing terminator (1.14 = 1.18 text), 1.18 TokenMissingError layout.
msg = ~s{hello
IO.puts(msg)
