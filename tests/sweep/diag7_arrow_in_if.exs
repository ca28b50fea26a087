# Expectation: a clause in an if's do block: 1.18 elixir_expand unhandled_arrow_op (misplaced operator ->, 1.14 said unhandled operator ->) at the arrow, a file error at the top level.
x = 3
if x do
  1 -> IO.puts("one")
end
