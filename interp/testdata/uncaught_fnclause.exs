defmodule Inventory do
  def take(stock, item, n) when n > 0 do
    {:ok, count} = Map.fetch(stock, item)
    Map.put(stock, item, count - n)
  end
end

IO.puts("start")
stock = %{apple: 3}
IO.inspect(Inventory.take(stock, :apple, 1))
f = fn {:ok, v} -> v end
IO.inspect(f.({:ok, 1}))
Inventory.take(stock, :pear, 1)
