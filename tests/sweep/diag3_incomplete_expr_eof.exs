# Expectation: an operator at the end of the file: elixir_errors parse_error's "expression is incomplete" TokenMissingError, framed at the end.
total = 1 +
