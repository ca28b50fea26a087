defmodule Limits do
  def max, do: @max_size
  @max_size 10
  def size, do: @max_size
  IO.puts(@label)
end

IO.puts(Limits.max())
