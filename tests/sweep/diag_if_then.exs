# Expectation: if ... then: 1.14's message and position, in 1.18's framed layout (elixir_errors.erl format_snippet).
x = 1
if x == 1 then
  IO.puts("one")
end
