# Expectation: a comma ending a line: yecc's syntax error before ',' (1.14 = 1.18), 1.18 SyntaxError layout.
a = 1,
b = 2
IO.puts(a + b)
