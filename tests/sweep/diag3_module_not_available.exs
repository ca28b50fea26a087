# Expectation: a misspelt module: UndefinedFunctionError 1.18 adds hint_for_missing_alias after "is not available" (no module of that name in another case).
IO.puts("start")
Strng.upcase("hi")
IO.puts("unreachable")
