# Exercise: an inventory with structs, with/else and custom errors.
defmodule Item do
  @enforce_keys [:sku, :name]
  defstruct [:sku, :name, qty: 0, price: 0.0]
end

defmodule OutOfStock do
  defexception [:sku, :wanted, :have]
  def message(e), do: "#{e.sku}: wanted #{e.wanted}, only #{e.have} left"
end

defmodule Inventory do
  def new(items), do: Map.new(items, &{&1.sku, &1})

  def restock(inv, sku, n) when is_integer(n) and n > 0 do
    case inv do
      %{^sku => item} -> {:ok, %{inv | sku => %{item | qty: item.qty + n}}}
      _ -> {:error, :unknown_sku}
    end
  end

  def restock(_inv, _sku, n), do: {:error, {:bad_quantity, n}}

  def take!(inv, sku, n) do
    item = Map.fetch!(inv, sku)
    if item.qty < n, do: raise(OutOfStock, sku: sku, wanted: n, have: item.qty)
    Map.put(inv, sku, %{item | qty: item.qty - n})
  end

  def order(inv, lines) do
    Enum.reduce_while(lines, {:ok, inv, 0.0}, fn {sku, n}, {:ok, acc, total} ->
      with {:ok, item} <- Map.fetch(acc, sku) |> tag(sku),
           :ok <- check(item, n) do
        {:cont, {:ok, take!(acc, sku, n), total + item.price * n}}
      else
        error -> {:halt, error}
      end
    end)
  end

  defp tag(:error, sku), do: {:error, {:no_such_item, sku}}
  defp tag(ok, _), do: ok

  defp check(%Item{qty: q}, n) when q >= n, do: :ok
  defp check(%Item{sku: s, qty: q}, n), do: {:error, {:short, s, n - q}}

  def report(inv) do
    inv
    |> Map.values()
    |> Enum.sort_by(& &1.sku)
    |> Enum.map_join("\n", fn i ->
      "#{String.pad_trailing(i.sku, 6)} #{String.pad_trailing(i.name, 10)} #{String.pad_leading(Integer.to_string(i.qty), 4)} @ #{:erlang.float_to_binary(i.price, decimals: 2)}"
    end)
  end
end

defmodule Main do
  def run do
    inv = Inventory.new([
      %Item{sku: "A1", name: "Widget", qty: 5, price: 2.5},
      %Item{sku: "B2", name: "Gadget", qty: 1, price: 10.0},
      %Item{sku: "C3", name: "Doohickey", price: 0.75}
    ])
    IO.puts(Inventory.report(inv))
    {:ok, inv} = Inventory.restock(inv, "C3", 10)
    IO.inspect(Inventory.restock(inv, "Z9", 1))
    IO.inspect(Inventory.restock(inv, "A1", -2))
    case Inventory.order(inv, [{"A1", 2}, {"C3", 4}]) do
      {:ok, inv2, total} ->
        IO.puts("order ok, total #{total}")
        IO.puts(Inventory.report(inv2))
      err ->
        IO.inspect(err)
    end
    IO.inspect(Inventory.order(inv, [{"A1", 1}, {"B2", 3}]) |> elem(0))
    IO.inspect(Inventory.order(inv, [{"A1", 1}, {"B2", 3}]))
    IO.inspect(Inventory.order(inv, [{"X", 1}]))
    try do
      Inventory.take!(inv, "B2", 2)
    rescue
      e in OutOfStock -> IO.puts("rescued: " <> Exception.message(e))
    end
    Inventory.take!(inv, "B2", 5)
  end
end

Main.run()
