# Expectation: length/2 at the top level: elixir_expand.erl undefined_function, file_error without a span (one column).
list = [1, 2, 3]
IO.puts(length(list, 2))
