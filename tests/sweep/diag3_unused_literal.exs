# Expectation: a string and a number left in a function body: elixir_expand 1.18 useless_literal at the block metadata, which the parser leaves empty (no line: no snippet, "file: Mod.fun/0").
defmodule Step do
  def run do
    "working on it"
    42
    :done
  end
end

IO.inspect(Step.run())
