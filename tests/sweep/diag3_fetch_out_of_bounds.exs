# Expectation: Enum.fetch! past the end: Enum.OutOfBoundsError's default message (1.18 exception.ex).
IO.inspect(Enum.fetch!([1, 2, 3], 1))
IO.inspect(Enum.fetch!([1, 2, 3], 10))
IO.puts("unreachable")
