# Expectation: x.5: 1.14's message and position, in 1.18's framed layout (elixir_errors.erl format_snippet).
x = 5
IO.puts(x.5)
