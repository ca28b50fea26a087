defmodule Settings do
  @moduledoc "App settings"
  @version "1.2.3"
  @max_retries 3
  @colors [:red, :green, :blue]
  @lookup %{a: 1, b: 2}
  @computed Enum.map(1..3, &(&1 * 10))
  @doc "returns the version"
  def version, do: @version
  def retries, do: @max_retries
  def colors, do: @colors
  def lookup(k), do: Map.get(@lookup, k)
  def computed, do: @computed
  def color?(c) when c in @colors, do: true
  def color?(_), do: false

  @greeting "hello"
  def greet, do: @greeting
  @greeting "hi"
  def greet2, do: @greeting

  @tag :first
  @tag :second
  def tag, do: @tag

  Module.register_attribute(__MODULE__, :items, accumulate: true)
  @items :one
  @items :two
  def items, do: @items

  def info, do: {__MODULE__, __ENV__.function}
  def line, do: __ENV__.line
end

IO.inspect(Settings.version())
IO.inspect(Settings.retries())
IO.inspect(Settings.colors())
IO.inspect(Settings.lookup(:b))
IO.inspect(Settings.computed())
IO.inspect(Settings.color?(:green))
IO.inspect(Settings.color?(:pink))
IO.inspect({Settings.greet(), Settings.greet2()})
IO.inspect(Settings.tag())
IO.inspect(Settings.items())
IO.inspect(Settings.info())
IO.inspect(Settings.line())
IO.inspect(__MODULE__)
IO.inspect(function_exported?(Settings, :version, 0))
IO.inspect(function_exported?(Settings, :nope, 0))
IO.inspect(Settings.__info__(:functions) |> Enum.sort() |> Enum.take(4))
IO.inspect(Code.ensure_loaded?(Settings))
IO.inspect(is_atom(Settings))
IO.inspect(Module.split(Settings.Sub))
IO.inspect(Module.concat(Settings, Sub))
IO.inspect(Atom.to_string(Settings))
IO.inspect(inspect(Settings))
