# Expectation: while at the top level: elixir_expand.erl undefined_function before its arguments are expanded, one column.
i = 0
while i < 3 do
  i = i + 1
end
