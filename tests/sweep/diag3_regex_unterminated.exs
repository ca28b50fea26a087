# Expectation: ~r/ never closed: elixir_tokenizer 1.18's sigil missing terminator, opened at the delimiter, framed as 05_unterminated_string.
re = ~r/ab+c
IO.puts(Regex.match?(re, "abbc"))
