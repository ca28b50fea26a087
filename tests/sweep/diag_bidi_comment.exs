# Expectation: bidirectional character in a comment: elixir_tokenizer.erl error_comment (1.14 gives the same text), in 1.18's framed layout (elixir_errors.erl format_snippet).
IO.puts("start")
# is admin? ‮ yes
IO.puts("end")
