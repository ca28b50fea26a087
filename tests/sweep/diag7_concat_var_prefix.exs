# Expectation: a variable left of <> in a def head: Kernel.<>/2's 1.18 invalid_concat_left_argument_error (ArgumentError while expanding; 1.14 worded it differently), the expansion's location.
defmodule Greet do
  def name("Hello " <> name), do: name
  def greeting(greeting <> " World"), do: greeting
end
