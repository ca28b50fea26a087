# Expectation: fn without end: 1.18's TokenMissingError (missing terminator at the end of the last line, as tests/diagnostics 03).
square = fn x -> x * x
IO.puts(square.(3))
