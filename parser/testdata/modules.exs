defmodule Shop.Cart do
  @moduledoc """
  A cart.
    Indented line.
  """
  @doc false
  @tax 0.2
  @type t :: %__MODULE__{items: list()}
  defstruct items: [], owner: nil
  alias Shop.{Item, Price}
  import Enum, only: [map: 2]
  require Logger
  use GenServer

  @spec total(t()) :: number()
  def total(%__MODULE__{items: items}), do: Enum.sum(items) * (1 + @tax)

  def add(cart, item) when is_map(item) and not is_nil(item) do
    %{cart | items: [item | cart.items]}
  end

  defp helper(a, b \\ 1)
  defp helper(a, b), do: a + b

  def unquote(:dyn)(x), do: x
end
