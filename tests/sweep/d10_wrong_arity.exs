defmodule M do
  def add(a, b), do: a + b
end
IO.puts(M.add(1))
