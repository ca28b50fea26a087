# Expectation: a pipe starting the file: yecc's syntax error before '|>' (1.14's text), framed.
|> IO.puts()
"hello"
