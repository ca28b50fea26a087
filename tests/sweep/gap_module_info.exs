# Reflection: __info__/1, module_info/0,1, behaviour_info/1 of a module
# with @callback, function_exported?/3 and macro_exported?/3.
defmodule Shape do
  @callback area(term) :: number
  @callback name() :: String.t()
  @callback scale(shape, factor) :: shape when shape: term, factor: number
  @optional_callbacks name: 0
end

defmodule Square do
  @behaviour Shape
  @vsn 1
  defstruct side: 1

  @impl true
  def area(%Square{side: s}), do: s * s
  @impl true
  def name, do: "square"
  @impl true
  def scale(%Square{side: s} = sq, f), do: %{sq | side: s * f}
  def name(prefix), do: prefix <> name()
  defmacro twice(x), do: quote(do: unquote(x) * 2)
  defp helper, do: :ok
  def use_helper, do: helper()
end

defmodule Plain do
  def f, do: 1
end

IO.inspect(Square.__info__(:functions))
IO.inspect(Square.__info__(:macros))
IO.inspect(Square.__info__(:module))
IO.inspect(Square.__info__(:attributes))
IO.inspect(Square.__info__(:struct))
IO.inspect(Plain.__info__(:struct))
IO.inspect(Square.module_info(:module))
IO.inspect(Keyword.keys(Square.module_info()))
IO.inspect(Plain.module_info(:exports))
IO.inspect(Enum.sort(Shape.behaviour_info(:callbacks)))
IO.inspect(Shape.behaviour_info(:optional_callbacks))
IO.inspect(function_exported?(Square, :area, 1))
IO.inspect(function_exported?(Square, :helper, 0))
IO.inspect(function_exported?(Square, :twice, 1))
IO.inspect(function_exported?(Square, :__struct__, 0))
IO.inspect(function_exported?(Square, :module_info, 0))
IO.inspect(function_exported?(Square, :__info__, 1))
IO.inspect(function_exported?(Shape, :behaviour_info, 1))
IO.inspect(function_exported?(Plain, :behaviour_info, 1))
IO.inspect(macro_exported?(Square, :twice, 1))
IO.inspect(macro_exported?(Square, :area, 1))
IO.inspect(Enum.__info__(:module))
IO.inspect(Integer.__info__(:macros))
IO.inspect(is_binary(Square.module_info(:md5)))

try do
  Square.__info__(:nothing)
rescue
  e -> IO.inspect(e)
end

try do
  Square.module_info(:nothing)
rescue
  e -> IO.inspect(e)
end
