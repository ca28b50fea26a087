# Expectation: ^x outside a match: elixir_expand.erl pin_outside_of_match, one column.
x = 1
IO.puts(^x)
