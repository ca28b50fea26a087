defmodule Inventory do
  @moduledoc """
  An inventory of items.

  Items are kept in a map:

      iex> inv = Inventory.new()
      iex> inv = Inventory.add(inv, :apple, 3)
      iex> Inventory.count(inv, :apple)
      3
  """

  @doc """
  A new inventory.

      iex> Inventory.new()
      %{}
  """
  def new, do: %{}

  @doc """
  Adds items.

      iex> Inventory.new() |> Inventory.add(:pear, 2) |> Inventory.add(:pear, 1)
      %{pear: 3}

      iex> Inventory.new()
      ...> |> Inventory.add(:fig, 1)
      ...> |> Inventory.add(:kiwi, 2)
      %{fig: 1, kiwi: 3}
  """
  def add(inv, item, n), do: Map.update(inv, item, n, &(&1 + n))

  @doc """
  Counts an item.

      iex> Inventory.count(%{a: 1}, :b)
      0

      iex> Inventory.count(%{a: 1}, :a)
      2
  """
  def count(inv, item), do: Map.get(inv, item, 0)

  @doc """
  Removes items, refusing to go below zero.

      iex> Inventory.remove(%{a: 1}, :a, 5)
      ** (ArgumentError) not enough a

      iex> Inventory.remove(%{a: 1}, :a, 1)
      ** (ArgumentError) not enough a

      iex> Inventory.remove(%{a: 1}, :b, 1)
      ** (RuntimeError) unknown item
  """
  def remove(inv, item, n) do
    have = Map.get(inv, item, 0)
    if have < n, do: raise(ArgumentError, "not enough #{item}"), else: Map.put(inv, item, have - n)
  end

  @doc """
  Lists the items as a report.

      iex> Inventory.report(%{a: 1, b: 2})
      "a: 1\\nb: 2"

      iex> Inventory.report(%{a: 1})
      "a: 2"
  """
  def report(inv), do: Enum.map_join(inv, "\n", fn {k, v} -> "#{k}: #{v}" end)

  @doc """
  Item names as a MapSet.

      iex> Inventory.names(%{a: 1, b: 2})
      MapSet.new([:a, :b])

      iex> Inventory.names(%{a: 1})
      MapSet.new([:a, :b])
  """
  def names(inv), do: inv |> Map.keys() |> MapSet.new()

  @doc """
  Pattern results.

      iex> {:ok, n} = Inventory.fetch(%{a: 1}, :a)
      iex> n
      1

      iex> {:ok, _} = Inventory.fetch(%{a: 1}, :b)
  """
  def fetch(inv, item), do: Map.fetch(inv, item)

  @doc """
  Not tested (except:).

      iex> Inventory.skipped()
      :nope
  """
  def skipped, do: :yes
end
