# Expectation: unused variables in case clauses at the top level: 1.14's message and position, 1.18's span and layout (as tests/diagnostics 08).
result = {:ok, 5}
case result do
  {:ok, value} -> IO.puts("ok")
  {:error, reason} -> IO.puts("error")
end
