defprotocol Describe do
  def describe(x)
end

defmodule Shape do
  defstruct w: 1

  def kind(m) do
    m
    |> Map.get(:w)
    |> case do
      nil -> :none
      width -> :some
    end
  end
end

defimpl Describe, for: Shape do
  def describe(s), do: "shape"
end

IO.puts(Describe.describe(struct(Shape)))
