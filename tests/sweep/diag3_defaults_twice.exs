# Expectation: defaults for two arities that overlap: elixir_def defs_with_defaults (1.14 = 1.18 text) at the name, in the function.
defmodule Greet do
  def hello(name \\ "world"), do: "hello #{name}"
  def hello(name \\ "you", punct), do: "hello #{name}#{punct}"
end

IO.puts(Greet.hello())
