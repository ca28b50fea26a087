# Expectation: Io for IO: UndefinedFunctionError.blame 1.18 hint_for_missing_module lists the module of the same name in another case.
IO.puts("start")
Io.puts("hi")
IO.puts("unreachable")
