# Expectation: ? followed by a space: elixir_tokenizer handle_char warning at the ? (1.14 = 1.18 text), erl_warn layout.
sep = ? 
IO.inspect(sep)
