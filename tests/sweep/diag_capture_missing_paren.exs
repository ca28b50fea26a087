# Expectation: a capture's parenthesis left open in a pipeline: 1.18's TokenMissingError (as tests/diagnostics 02).
[1, 2, 3]
|> Enum.map(&(&1 * 2)
|> IO.inspect()
