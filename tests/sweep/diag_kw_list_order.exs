# Expectation: a value after keywords in a list: elixir_parser.yrl maybe_bad_keyword_data_follow_up (1.14's message and position), in 1.18's framed layout (elixir_errors.erl format_snippet).
opts = [a: 1, 2]
IO.inspect(opts)
