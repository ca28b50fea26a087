# Expectation: an attribute set but never read: elixir_module.erl unused_attribute (line only, whole line marked, module entry); 1.14 gives the same text.
defmodule Limits do
  @max 10
  @min 1

  def min, do: @min
end

IO.puts(Limits.min())
