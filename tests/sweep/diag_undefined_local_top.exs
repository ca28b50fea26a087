# Expectation: an undefined function at the top level: elixir_expand.erl undefined_function, file_error without a span (one column).
IO.puts("start")
IO.puts(greet("Ana"))
