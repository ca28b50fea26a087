defmodule Finder do
  def find(list, target) do
    Enum.each(list, fn x -> if x == target, do: throw({:found, x}) end)
    :not_found
  end
end
IO.inspect(Finder.find([1, 2], 5))
Finder.find([1, 2], 2)
