# Expectation: a call in a def head: elixir_rewrite invalid_match (1.14 = 1.18 text), a file error at the call.
defmodule Sizes do
  def describe(length(list)), do: "list of #{length(list)}"
end
