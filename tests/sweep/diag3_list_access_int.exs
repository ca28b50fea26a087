# Expectation: list[0]: Access.get/3 1.18 raises its "does not support accessing lists by index" ArgumentError (1.14 worded it otherwise).
list = [10, 20, 30]
IO.inspect(list[0])
IO.puts("unreachable")
