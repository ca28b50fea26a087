# Module attributes, nested modules, alias/import, use/__using__, macros.
defmodule Shop do
  @moduledoc "A shop."
  @tax 0.2
  @items [:apple, :pear]
  Module.register_attribute(__MODULE__, :log, accumulate: true)
  @log :first
  @log :second

  def tax, do: @tax
  def items, do: @items
  def logs, do: @log
  def name, do: __MODULE__
  def short, do: __MODULE__ |> Module.split() |> List.last()

  defmodule Cart do
    defstruct items: []
    def new, do: %__MODULE__{}
    def parent, do: __MODULE__
  end
end

defmodule Helpers do
  def double(x), do: x * 2
  def triple(x), do: x * 3
  def square(x), do: x * x
end

defmodule Greeter do
  defmacro __using__(opts) do
    greeting = Keyword.get(opts, :greeting, "Hello")

    quote do
      def greet(name), do: unquote(greeting) <> ", " <> name
      def used_by, do: __MODULE__
    end
  end
end

defmodule English do
  use Greeter
end

defmodule French do
  use Greeter, greeting: "Bonjour"
end

defmodule MyMacros do
  defmacro unless_zero(x, do: block) do
    quote do
      if unquote(x) != 0, do: unquote(block), else: :zero
    end
  end

  defmacro show(expr) do
    text = Macro.to_string(expr)

    quote do
      IO.puts(unquote(text) <> " = " <> inspect(unquote(expr)))
    end
  end
end

defmodule UseAll do
  import Helpers, only: [double: 1, square: 1]
  import MyMacros
  alias Shop.Cart
  alias Shop.Cart, as: C

  def run do
    IO.inspect(double(4))
    IO.inspect(square(3))
    IO.inspect(Cart.new())
    IO.inspect(C.parent())
    IO.inspect(unless_zero(5, do: :nonzero))
    IO.inspect(unless_zero(0, do: :nonzero))
    show(1 + 2 * 3)
    show(Enum.map([1, 2], &(&1 * 10)))
  end
end

IO.inspect(Shop.tax())
IO.inspect(Shop.items())
IO.inspect(Shop.logs())
IO.inspect(Shop.name())
IO.inspect(Shop.short())
IO.inspect(Shop.Cart.parent())
IO.puts(English.greet("Bob"))
IO.puts(French.greet("Zoé"))
IO.inspect(French.used_by())
UseAll.run()
IO.inspect(function_exported?(Helpers, :triple, 1))
IO.inspect(Helpers.__info__(:functions))
IO.inspect(Macro.to_string(quote(do: x * (y + 1))))
IO.inspect(Macro.to_string(quote(do: Enum.map(list, fn x -> x * 2 end))))
