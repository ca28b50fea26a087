# Expectation: a missing comma in a list: 1.14's message and position, in 1.18's framed layout (elixir_errors.erl format_snippet).
list = [1, 2 3]
IO.inspect(list)
