defmodule OutOfStock do
  defexception [:item]

  @impl true
  def message(e), do: "#{e.item} is out of stock"
end

defmodule Shop do
  def buy(stock, item) do
    case Map.get(stock, item, 0) do
      0 -> raise OutOfStock, item: item
      n -> Map.put(stock, item, n - 1)
    end
  end
end

stock = %{"tea" => 1}
stock = Shop.buy(stock, "tea")
IO.inspect(stock)
Shop.buy(stock, "tea")
