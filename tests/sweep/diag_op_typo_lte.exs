# Expectation: =< for <=: 1.14's message and position, in 1.18's framed layout (elixir_errors.erl format_snippet).
x = 3
if x =< 5 do
  IO.puts("small")
end
