# Expectation: fn closed by ) instead of end: 1.18's MismatchedDelimiterError (1.14 reported the same pair).
doubled = Enum.map([1, 2, 3], fn x -> x * 2)
IO.inspect(doubled)
