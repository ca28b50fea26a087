# Expectation: cond without do: 1.14's message and position (no indentation hint: no do was closed), in 1.18's framed layout (elixir_errors.erl format_snippet).
x = 2
cond
  x > 1 -> IO.puts("big")
  true -> IO.puts("small")
end
