# Expectation: a parenthesis left open in a pipeline: 1.18's TokenMissingError layout (as tests/diagnostics 02).
[1, 2, 3]
|> Enum.map(fn x -> x * 2 end
|> Enum.sum()
|> IO.puts()
