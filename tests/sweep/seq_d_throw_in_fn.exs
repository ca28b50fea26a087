defmodule Finder do
  def first_negative(list) do
    Enum.each(list, fn x -> if x < 0, do: throw({:found, x}) end)
    :none
  end
end

IO.inspect(catch_result = (try do
  Finder.first_negative([1, -2, 3])
catch
  {:found, x} -> x
end))
Finder.first_negative([4, -5])
