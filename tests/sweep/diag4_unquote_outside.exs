# Expectation: unquote outside quote and any definition: elixir_expand unquote_outside_quote (1.14 = 1.18 text), a file error at unquote, 1.18's framed layout.
x = 1
IO.inspect(unquote(x))
