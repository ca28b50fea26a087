# Expectation: a clause with nothing after ->, then the next clause: yecc's syntax error before the second '->' (1.14 = 1.18), 1.18 SyntaxError layout.
x = 2
case x do
  1 ->
  2 -> IO.puts("two")
end
