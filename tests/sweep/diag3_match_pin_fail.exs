# Expectation: a pinned match that fails: MatchError (1.14 = 1.18).
expected = 3
^expected = 1 + 1
IO.puts("unreachable")
