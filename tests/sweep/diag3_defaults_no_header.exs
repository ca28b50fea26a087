# Expectation: defaults in a clause of several: elixir_def mixed_defaults warning (1.14 = 1.18 text), file_warn with the file only, at the next clause's name.
defmodule Greet do
  def hello(name \\ "world", :formal), do: "Good day, #{name}"
  def hello(name, :casual), do: "hi #{name}"
end

IO.puts(Greet.hello("Ann", :casual))
