defmodule Inventory do
  def restock(inv, item, qty) do
    Map.update(inv, item, qty, &(&1 + qty))
  end

  def remove(inv, item, qty) do
    case inv do
      %{^item => have} when have >= qty -> {:ok, %{inv | item => have - qty}}
      %{^item => have} -> {:error, "only #{have} #{item} left"}
      _ -> {:error, "no #{item}"}
    end
  end
end

inv = %{apple: 3}
inv = Inventory.restock(inv, :pear, 2)
inv = Inventory.restock(inv, :apple, 1)
IO.inspect(inv)
IO.inspect(Inventory.remove(inv, :apple, 2))
IO.inspect(Inventory.remove(inv, :pear, 5))
IO.inspect(Inventory.remove(inv, :kiwi, 1))
IO.inspect(Map.to_list(inv) |> Enum.sort_by(&elem(&1, 1)))
IO.inspect(for {k, v} <- inv, v > 2, do: k)
IO.inspect(Enum.max_by(inv, fn {_, v} -> v end))
IO.inspect(Map.keys(%{"b" => 1, "a" => 2, "c" => 3}))
IO.inspect(%{10 => :a, 2 => :b, 33 => :c})
IO.inspect(%{:b => 1, "a" => 2, 3 => 4, {1} => 5, [1] => 6})
atoms = Map.new(~w(zeta alpha mid beta)a, &{&1, true})
IO.inspect(atoms)
IO.inspect(Map.get(inv, :apple) |> then(&(&1 * 10)))
IO.inspect(inv[:banana] || 0)
IO.inspect(Map.fetch!(inv, :banana))
