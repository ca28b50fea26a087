# Expectation: fn clauses of two arities: elixir_fn clauses_with_different_arities (1.14 = 1.18 text), a file error at the fn.
f = fn
  x -> x
  x, y -> x + y
end
IO.puts(f.(1))
