defmodule Cart do
  def total(items) do
    Enum.reduce(items, 0, fn {_name, price, qty}, acc -> acc + price * qty end)
  end
end

IO.puts(Cart.total([{"pen", 2, 3}, {"pad", 5, 1}]))
IO.puts(Cart.total([{"pen", 2, 3}, {"gift", "free", 1}]))
