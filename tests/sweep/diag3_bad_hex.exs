# Expectation: 0x followed by no hex digit: elixir_tokenizer's invalid character "x" after number 0 (1.14 = 1.18), framed.
x = 0xZZ
IO.puts(x)
