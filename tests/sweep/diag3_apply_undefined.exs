# Expectation: apply with too many arguments: UndefinedFunctionError with the other arities (1.14 = 1.18).
IO.inspect(apply(String, :upcase, ["a"]))
IO.inspect(apply(String, :upcase, ["a", "b", "c"]))
