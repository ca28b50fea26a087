# Expectation: _ as a value: elixir_expand.erl unbound_underscore (1.18 wording), one column.
x = _
IO.puts(x)
