# A Describe protocol with a fallback to Any and implementations for built-in types.
defprotocol Describe do
  @fallback_to_any true
  @doc "Returns a short description"
  def describe(term)
end

defimpl Describe, for: Integer do
  def describe(n) when n < 0, do: "negative integer #{n}"
  def describe(n), do: "integer #{n}"
end

defimpl Describe, for: Float do
  def describe(f), do: "float #{f}"
end

defimpl Describe, for: BitString do
  def describe(s) when is_binary(s), do: "string of #{String.length(s)} chars"
  def describe(_), do: "bitstring"
end

defimpl Describe, for: List do
  def describe([]), do: "empty list"
  def describe(l), do: "list of #{length(l)}: " <> Enum.map_join(l, ", ", &Describe.describe/1)
end

defimpl Describe, for: Map do
  def describe(m), do: "map with keys #{inspect(Map.keys(m))}"
end

defimpl Describe, for: Tuple do
  def describe(t), do: "tuple of size #{tuple_size(t)}"
end

defimpl Describe, for: Atom do
  def describe(nil), do: "nothing"
  def describe(a), do: "atom #{inspect(a)}"
end

defimpl Describe, for: Any do
  def describe(_), do: "something else"
end

defmodule Car do
  defstruct [:brand]
end

defmodule Bike do
  @derive Describe
  defstruct [:gears]
end

defimpl Describe, for: Car do
  def describe(%Car{brand: b}), do: "a #{b} car"
end

defmodule Main do
  def run do
    for t <- [42, -1, 2.5, "héllo", <<1::3>>, [], [1, "a"], %{b: 1, a: 2}, {1, 2, 3}, nil, :ok, %Car{brand: "Volvo"}, %Bike{gears: 21}, self(), fn -> :ok end] do
      IO.puts(Describe.describe(t))
    end

    IO.inspect(Describe.impl_for(1))
    IO.inspect(Describe.impl_for(%Bike{}))
    IO.inspect(Describe.impl_for(%Car{}))
    IO.inspect(Describe.__protocol__(:functions))
    IO.inspect(Describe.Integer.describe(7))
  end
end

Main.run()
