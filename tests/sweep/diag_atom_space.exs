# Expectation: an atom with a space: 1.14's message and position, in 1.18's framed layout (elixir_errors.erl format_snippet).
status = :not found
IO.inspect(status)
