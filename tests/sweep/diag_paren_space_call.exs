# Expectation: IO.puts (a, b): elixir_parser.yrl error_no_parens_strict (1.14's message and position), in 1.18's framed layout (elixir_errors.erl format_snippet).
IO.puts ("hello", "world")
