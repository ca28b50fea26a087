# Expectation: two commas in a list: yecc's syntax error before ',' (1.14's text), framed.
list = [1, , 2]
IO.inspect(list)
