# A number written straight into <> fails while the file compiles: nothing runs.
IO.puts("never printed")
total = 42
IO.puts("Total: " <> Integer.to_string(total))
IO.puts("Count: " <> 3)
