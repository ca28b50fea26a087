defmodule Shop do
  @moduledoc """
  A small shop.

      iex> Shop.total([])
      0
  """

  @doc """
  Sums the prices.

      iex> Shop.total([%{price: 2}, %{price: 3}])
      5

      iex> Shop.total([%{price: 2}])
      3
  """
  def total(items), do: items |> Enum.map(& &1.price) |> Enum.sum()

  @doc """
  Lists the names.

      iex> Shop.names([%{name: "pen"}, %{name: "ink"}])
      ["pen", "ink", "paper"]

      iex> Shop.names([])
      []
  """
  def names(items), do: Enum.map(items, & &1.name)

  @doc """
  Finds an item.

      iex> Shop.find(%{"pen" => 2}, "pen")
      {:ok, 2}

      iex> Shop.find(%{}, "pen")
      {:ok, 0}
  """
  def find(stock, name) when is_binary(name) do
    case Map.fetch(stock, name) do
      {:ok, n} -> {:ok, n}
      :error -> {:error, :not_found}
    end
  end

  @doc """
  Raises unexpectedly.

      iex> Shop.price!(%{})
      10
  """
  def price!(item), do: Map.fetch!(item, :price)

  @doc """
  A multi-line expected value.

      iex> Shop.inventory()
      %{
        "pen" => 2,
        "ink" => 4
      }
  """
  def inventory, do: %{"pen" => 2, "ink" => 5}

  @doc """
  Output is not compared.

      iex> Shop.say("hi")
      :ok
  """
  def say(s) do
    IO.puts(s)
    :ok
  end
end
