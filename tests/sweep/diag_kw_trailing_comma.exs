# Expectation: a trailing comma after keyword arguments: elixir_parser.yrl warn_trailing_comma (1.14 gives the same text), in 1.18's framed layout (elixir_errors.erl format_snippet).
IO.inspect([1, 2], limit: 1,)
