defmodule OutOfStock do
  defexception [:item, :wanted, :have]

  @impl true
  def message(%{item: i, wanted: w, have: h}),
    do: "cannot take #{w} of #{i}: only #{h} left"
end

defmodule Store do
  def take(stock, item, n) do
    have = Map.get(stock, item, 0)
    if n > have, do: raise(OutOfStock, item: item, wanted: n, have: have)
    Map.put(stock, item, have - n)
  end
end

stock = %{pens: 3, pads: 1}
stock = Store.take(stock, :pens, 2)
IO.inspect(stock)
Store.take(stock, :pads, 2)
