# Expectation: &1 + 1 is (&1) + 1: elixir_fn capture of an integer, capture_arg_outside_of_capture (1.14 = 1.18 text), a file error at the &.
add_one = &1 + 1
IO.puts(add_one.(1))
