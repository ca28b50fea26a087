# Expectation: raise with message: (1.14 = 1.18).
IO.puts("checking")
raise ArgumentError, message: "age must be positive"
IO.puts("unreachable")
