# Expectation: an unused fn parameter: 1.14's message and position, 1.18's span and layout.
add = fn a, b -> a end
IO.puts(add.(1, 2))
