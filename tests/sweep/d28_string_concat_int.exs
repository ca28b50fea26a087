defmodule Greet do
  def hi(n), do: "Hello " <> n
end
IO.puts(Greet.hi("Ann"))
IO.puts(Greet.hi(42))
