# Expectation: if without do: elixir_tokenizer unexpected reserved word: end (1.14 = 1.18, no mismatch hint as no do was opened), 1.18 SyntaxError layout.
x = 2
if x > 1
  IO.puts("big")
end
