# Behaviours: callbacks, default implementations via __using__, dispatch.
defmodule Shape do
  @callback area(struct()) :: number()
  @callback name() :: String.t()
  @callback describe(struct()) :: String.t()
  @optional_callbacks describe: 1

  def report(module, shape) do
    base = "#{module.name()} with area #{module.area(shape)}"
    if function_exported?(module, :describe, 1), do: base <> " (" <> module.describe(shape) <> ")", else: base
  end
end

defmodule Square do
  @behaviour Shape
  defstruct side: 1
  @impl Shape
  def area(%Square{side: s}), do: s * s
  @impl Shape
  def name, do: "square"
end

defmodule Circle do
  @behaviour Shape
  defstruct r: 1
  @impl true
  def area(%Circle{r: r}), do: Float.round(3.14159 * r * r, 3)
  @impl true
  def name, do: "circle"
  @impl true
  def describe(%Circle{r: r}), do: "radius #{r}"
end

defmodule Plugin do
  defmacro __using__(opts) do
    quote do
      @behaviour Plugin
      def priority, do: unquote(Keyword.get(opts, :priority, 0))
      def run(input), do: {__MODULE__, transform(input)}
      defoverridable priority: 0
    end
  end

  @callback transform(term()) :: term()
end

defmodule Upcase do
  use Plugin, priority: 5
  @impl Plugin
  def transform(s), do: String.upcase(s)
end

defmodule Reverse do
  use Plugin
  @impl Plugin
  def transform(s), do: String.reverse(s)
  def priority, do: 1
end

defmodule Main do
  def run do
    IO.puts(Shape.report(Square, %Square{side: 3}))
    IO.puts(Shape.report(Circle, %Circle{r: 2}))
    plugins = Enum.sort_by([Reverse, Upcase], & &1.priority(), :desc)
    IO.inspect(plugins)
    IO.inspect(Enum.map(plugins, & &1.run("hello")))
    IO.inspect(Enum.reduce(plugins, "abc", fn p, acc -> elem(p.run(acc), 1) end))
    IO.inspect(Shape.behaviour_info(:callbacks) |> Enum.sort())
    IO.inspect(Shape.behaviour_info(:optional_callbacks))
    IO.inspect(Square.module_info(:attributes) |> Keyword.get_values(:behaviour))
    IO.inspect(function_exported?(Square, :describe, 1))
    IO.inspect(Upcase.__info__(:functions))
  end
end

Main.run()
