# Expectation: += : 1.14's message and position, in 1.18's framed layout (elixir_errors.erl format_snippet).
total = 0
total += 5
IO.puts(total)
