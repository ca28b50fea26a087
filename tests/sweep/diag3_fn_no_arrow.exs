# Expectation: fn whose body has no ->: elixir_parser.yrl build_fn's error at the fn (1.14's text), 1.18's framed SyntaxError.
double = fn x x * 2 end
IO.puts(double.(2))
