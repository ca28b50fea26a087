# Expectation: a missing comma between arguments: yecc's syntax error before the string (1.14 = 1.18 text), 1.18 SyntaxError layout (which always has the snippet).
IO.puts(String.replace("a-b" "-", "+"))
