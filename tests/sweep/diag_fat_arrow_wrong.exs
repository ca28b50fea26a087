# Expectation: => outside a map: 1.14's message and position, in 1.18's framed layout (elixir_errors.erl format_snippet).
map = %{a: 1}
value = map => :a
IO.inspect(value)
