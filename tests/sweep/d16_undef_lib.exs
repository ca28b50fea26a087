defmodule Cart do
  def total(items), do: Enum.sum(items)
  def add_item(items, i), do: [i | items]
end
IO.inspect(Cart.total([1, 2]))
Cart.totl([1])
