# Expectation: name:value: elixir_tokenizer.erl 'keyword argument must be followed by space after' (1.14's message and position), in 1.18's framed layout (elixir_errors.erl format_snippet).
opts = [name:"Ana"]
IO.inspect(opts)
