# Expectation: a keyword list with a key twice: no warning (1.14 and 1.18's sources agree: only maps warn).
opts = [a: 1, a: 2]
IO.inspect(opts)
