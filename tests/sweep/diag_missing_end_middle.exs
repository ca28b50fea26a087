# Expectation: an end missing in the middle of a module: TokenMissingError with 1.18's indentation hint (elixir_tokenizer.erl missing_terminator_hint); 1.14 gives the same hint.
defmodule Greeter do
  def hello(name) do
    "Hello, #{name}"

  def bye(name) do
    "Bye, #{name}"
  end
end

IO.puts(Greeter.hello("Ana"))
