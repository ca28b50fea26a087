# Expectation: not x in list: elixir_parser.yrl build_op rearranges it to not(x in list) and warns at the in (erl_warn, file:line:col).
list = [1, 2, 3]
IO.inspect(not 4 in list)
