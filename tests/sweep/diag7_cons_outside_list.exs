# Expectation: head | tail without brackets: 1.18 elixir_expand unhandled_cons_op text (1.14 worded the hint differently) at the |, a file error.
list = [1, 2, 3]
first | rest = list
IO.inspect(first)
