# Inventory with structs, updates and a table.
defmodule Item do
  @enforce_keys [:sku, :name]
  defstruct [:sku, :name, qty: 0, price: 0.0]

  def new(sku, name, qty, price), do: %Item{sku: sku, name: name, qty: qty, price: price}
  def value(%Item{qty: q, price: p}), do: q * p
end

defmodule Inventory do
  def add(inv, %Item{sku: sku} = item), do: Map.put(inv, sku, item)

  def restock(inv, sku, n) do
    Map.update!(inv, sku, fn item -> %{item | qty: item.qty + n} end)
  end

  def sell(inv, sku, n) do
    case inv do
      %{^sku => %Item{qty: q}} when q >= n -> {:ok, put_in(inv[sku].qty, q - n)}
      %{^sku => %Item{qty: q}} -> {:error, "only #{q} left"}
      _ -> {:error, :unknown_sku}
    end
  end

  def report(inv) do
    rows = inv |> Map.values() |> Enum.sort_by(& &1.sku)
    IO.puts(String.pad_trailing("SKU", 6) <> String.pad_trailing("Name", 12) <> String.pad_leading("Qty", 5) <> String.pad_leading("Value", 10))
    Enum.each(rows, fn i ->
      IO.puts(String.pad_trailing(i.sku, 6) <> String.pad_trailing(i.name, 12) <> String.pad_leading("#{i.qty}", 5) <>
        String.pad_leading(:erlang.float_to_binary(Item.value(i) / 1, decimals: 2), 10))
    end)
    total = rows |> Enum.map(&Item.value/1) |> Enum.sum()
    IO.puts("Total: #{:erlang.float_to_binary(total / 1, decimals: 2)}")
  end
end

defmodule Main do
  def run do
    inv =
      %{}
      |> Inventory.add(Item.new("A1", "Widget", 10, 2.5))
      |> Inventory.add(Item.new("B2", "Gadget", 3, 10.0))
      |> Inventory.add(Item.new("C3", "Doohickey", 0, 7.25))

    inv = Inventory.restock(inv, "C3", 4)
    {:ok, inv} = Inventory.sell(inv, "A1", 4)
    IO.inspect(Inventory.sell(inv, "B2", 5))
    IO.inspect(Inventory.sell(inv, "Z9", 1))
    Inventory.report(inv)
    IO.inspect(inv["A1"])
    IO.inspect(Map.keys(inv))

    try do
      struct!(Item, name: "no sku")
    rescue
      e -> IO.puts(Exception.message(e))
    end

    try do
      Inventory.restock(inv, "nope", 1)
    rescue
      e -> IO.puts(Exception.message(e))
    end

    IO.inspect(%{inv["B2"] | qty: 99})
    %Item{name: "Bad"}
  end
end

Main.run()
