# Expectation: a trailing comma in a call: yecc's syntax error before ')' (1.14's message and position), in 1.18's framed layout (elixir_errors.erl format_snippet).
IO.puts(Enum.sum([1, 2, 3]),)
