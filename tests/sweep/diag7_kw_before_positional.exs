# Expectation: a positional argument after keywords in a call: elixir_parser maybe_bad_keyword_call_follow_up (1.14 = 1.18 text) at the comma, 1.18 SyntaxError layout.
IO.inspect(label: "value", 42)
