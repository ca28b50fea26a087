# Expectation: a keyword without its value: yecc's syntax error before the comma (1.14 = 1.18), 1.18 SyntaxError layout.
opts = [name: , age: 3]
IO.inspect(opts)
