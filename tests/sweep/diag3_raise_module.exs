# Expectation: raise of a module alone: its default message (1.14 = 1.18).
IO.puts("checking")
raise ArgumentError
IO.puts("unreachable")
