# Expectation: one end too many after case: 1.14's message and position (no indentation hint), in 1.18's framed layout (elixir_errors.erl format_snippet).
x = 1
case x do
  1 -> IO.puts("one")
end
end
