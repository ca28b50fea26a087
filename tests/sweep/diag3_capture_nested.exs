# Expectation: a capture inside a capture: elixir_fn 1.18 nested_capture at the inner &, a file error.
f = &Enum.map(&1, &(&1 * 2))
IO.inspect(f.([1, 2]))
