# Expectation: a case clause rebinding instead of pinning: the first binding is unused (1.14's message and position), 1.18's span and layout.
expected = 1
case 2 do
  expected -> IO.puts("matched #{expected}")
end
