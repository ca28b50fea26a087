# Expectation: an extra end: elixir_tokenizer.erl check_terminator with 1.18's indentation hint (1.14 words the hint differently).
defmodule Counter do
  def inc(n) do
    n + 1
  end
  end
end

IO.puts(Counter.inc(1))
