# Expectation: ++ with a variable on its left in a match: elixir_rewrite.erl invalid_match_append, file_error at the operator (one column).
list ++ [last] = [1, 2, 3]
IO.inspect(last)
