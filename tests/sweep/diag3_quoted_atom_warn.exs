# Expectation: an atom quoted for nothing: elixir_tokenizer 1.18's warning at the ':' (erl_warn: one column, file:line:col).
status = :"ready"
IO.inspect(status)
