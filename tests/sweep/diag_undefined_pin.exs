# Expectation: ^ of an undefined variable: elixir_expand.erl undefined_var_pin (1.14 gives the same text), one column.
value = 3
case value do
  ^expected -> IO.puts("match")
  _ -> IO.puts("no match")
end
