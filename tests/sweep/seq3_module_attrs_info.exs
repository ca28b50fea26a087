# Module attributes, accumulation and module introspection.
defmodule Shop do
  @moduledoc "A tiny shop"
  @tax_rate 0.2
  @currency "EUR"
  @items [apple: 50, bread: 250]
  Module.register_attribute(__MODULE__, :log, accumulate: true)
  @log :created
  @log :configured

  @doc "Price with tax"
  def gross(net), do: net * (1 + @tax_rate)
  def currency, do: @currency
  def items, do: @items
  def log, do: @log
  def tax_rate, do: @tax_rate
  def price(item), do: Keyword.fetch!(@items, item)

  @tax_rate 0.1
  def reduced(net), do: net * (1 + @tax_rate)

  def name, do: __MODULE__
  def line, do: __ENV__.line
  defp secret, do: :hidden
  def reveal, do: secret()
end

IO.inspect(Shop.gross(100))
IO.inspect(Shop.reduced(100))
IO.inspect(Shop.currency())
IO.inspect(Shop.items())
IO.inspect(Shop.log())
IO.inspect(Shop.price(:bread))
IO.inspect(Shop.name())
IO.inspect(Shop.line())
IO.inspect(Shop.reveal())
IO.inspect(Shop.__info__(:functions))
IO.inspect(Shop.__info__(:module))
IO.inspect(function_exported?(Shop, :gross, 1))
IO.inspect(function_exported?(Shop, :secret, 0))
IO.inspect(Code.ensure_loaded?(Shop))
IO.inspect(is_atom(Shop))
IO.inspect(Shop == :"Elixir.Shop")
IO.inspect(Module.split(Shop))
IO.inspect(Module.concat([Shop, Cart]))
IO.inspect(Atom.to_string(Shop))
IO.inspect(inspect(Shop))
IO.inspect(__MODULE__)
IO.inspect(__ENV__.file |> String.split("/") |> List.last())
IO.inspect(__ENV__.module)
mod = Shop
IO.inspect(mod.currency())
IO.inspect(apply(mod, :gross, [10]))
try do
  Shop.secret()
rescue
  e in UndefinedFunctionError -> IO.puts(Exception.message(e))
end
try do
  Shop.price(:caviar)
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end
