# Expectation: else if without its own end: TokenMissingError with the indentation hint (1.14's message and position and hint), 1.18's layout.
x = 2
if x == 1 do
  IO.puts("one")
else if x == 2 do
  IO.puts("two")
end
