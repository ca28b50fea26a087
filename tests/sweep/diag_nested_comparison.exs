# Expectation: 1 < x < 10 at the top level: 1.18 no longer emits elixir_expand's nested_comparison warning and does not type-check the top level; 1.14 warned.
x = 5
IO.puts(1 < x < 10)
