# Expectation: an unused generator variable: 1.14's message and position, 1.18's span and layout.
for x <- [1, 2, 3], y <- [4] do
  IO.puts(x)
end
