defmodule Label do
  def make(n), do: "Item " <> n
end

IO.puts(Label.make("1"))
IO.puts(Label.make(2))
