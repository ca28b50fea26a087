# Expectation: x + 1 = 3: Kernel.+ is :erlang.+ by then, elixir_rewrite invalid_match (1.14's text), a file error at the operator.
x + 1 = 3
IO.puts(x)
