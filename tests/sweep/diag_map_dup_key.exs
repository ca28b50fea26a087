# Expectation: a key given twice in a map literal: elixir_map.erl repeated_key, file_warn at the map (as Kernel.WarningTest in 1.18.4's tests).
m = %{a: 1, b: 2, a: 3}
IO.inspect(m)
