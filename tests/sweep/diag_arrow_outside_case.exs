# Expectation: -> outside a clause: yecc's 'syntax error before' (1.14's message and position), in 1.18's framed layout (elixir_errors.erl format_snippet).
x = 5
x > 3 -> IO.puts("big")
