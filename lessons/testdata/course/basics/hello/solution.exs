defmodule Hello do
  def say, do: IO.puts("Hello!")
end
