# Expectation: an interpolated single-quoted charlist: 1.18's tokenizer deprecation warning (as tests/conformance 029); 1.14 printed none.
defmodule Greet do
  def hi(name), do: IO.puts('Hello #{name}')
end

Greet.hi("Ana")
