# Expectation: end as a variable: 1.14's message and position, in 1.18's framed layout (elixir_errors.erl format_snippet).
end = 5
IO.puts(end)
