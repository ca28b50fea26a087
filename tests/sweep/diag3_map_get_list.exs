# Expectation: Map.get on a keyword list: BadMapError (1.14 = 1.18).
pairs = [a: 1, b: 2]
IO.inspect(Map.get(pairs, :a))
IO.puts("unreachable")
