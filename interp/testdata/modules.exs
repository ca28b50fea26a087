defmodule Shape do
  @type t :: {:circle, number()}
  @spec area(t()) :: number()
  def area({:circle, r}), do: r * r
  @callback foo() :: :ok
end
IO.inspect(Shape.area({:circle, 2}))
defmodule Guards do
  defguard is_even(x) when is_integer(x) and rem(x, 2) == 0
  def check(x) when is_even(x), do: :even
  def check(_), do: :odd
end
IO.inspect(Enum.map([1, 2], &Guards.check/1))
defmodule Acc do
  Module.register_attribute(__MODULE__, :items, accumulate: true)
  @items 1
  @items 2
  def items, do: @items
end
IO.inspect(Acc.items())
defmodule Pt do
  @enforce_keys [:x]
  defstruct [:x, y: 0]
  def make, do: struct!(Pt, y: 1)
end
try do
  Pt.make()
rescue
  e -> IO.puts(Exception.message(e))
end
IO.inspect(Pt.__struct__())
defmodule Del do
  defdelegate up(s), to: String, as: :upcase
end
IO.inspect(Del.up("x"))
IO.inspect(function_exported?(Del, :up, 1))
IO.inspect(Del.__info__(:functions))
IO.inspect(Kernel.is_atom(:a))
IO.inspect(&Enum.map/2)
