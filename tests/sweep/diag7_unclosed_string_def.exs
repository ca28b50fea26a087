# Expectation: a string left open in a def: elixir_tokenizer missing terminator " (1.14 = 1.18 text), 1.18 TokenMissingError layout.
defmodule Greeter do
  def hello(name) do
    "Hello, #{name}
  end
end
