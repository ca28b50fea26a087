# Expectation: a clause body before the first ->: elixir_parser.yrl check_stab/error_invalid_stab at the first -> (1.14 gives the text without a column).
x = 2
case x do
  IO.puts("checking")
  1 -> IO.puts("one")
  _ -> IO.puts("other")
end
