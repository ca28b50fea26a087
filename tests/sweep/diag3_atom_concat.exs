# Expectation: <> with an atom: the binary construction ArgumentError (1.14 = 1.18).
status = :ok
IO.puts("status: " <> status)
