# Expectation: elixir_tokenizer missing terminator (1.14 = 1.18 text), 1.18 TokenMissingError layout (Exception.format_snippet) at the end of the last line.
x = 3
case x do
  1 -> IO.puts("one")
  _ -> IO.puts("other")
