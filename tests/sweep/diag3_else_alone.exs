# Expectation: a stray else: elixir_errors raise_reserved (1.14 = 1.18 text), framed.
x = 5
IO.puts(x)
else
  IO.puts("no")
