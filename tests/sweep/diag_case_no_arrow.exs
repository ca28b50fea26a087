# Expectation: a case clause without ->: 1.14's message and position, in 1.18's framed layout (elixir_errors.erl format_snippet).
x = 2
case x do
  1 IO.puts("one")
  _ -> IO.puts("other")
end
