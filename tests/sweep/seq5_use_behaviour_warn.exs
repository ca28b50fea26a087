# A behaviour declared through a file module's __using__: the module
# checker's warnings once the file has run.
defmodule Handler do
  @callback handle(term()) :: {:ok, term()} | {:error, term()}
  @callback name() :: String.t()

  defmacro __using__(_opts) do
    quote do
      @behaviour Handler
      def name, do: __MODULE__ |> Module.split() |> List.last() |> String.downcase()
    end
  end
end

defmodule Greet do
  use Handler
  @impl Handler
  def handle(who), do: {:ok, "hello #{who}"}
end

defmodule Lazy do
  use Handler
  @impl true
  def handel(x), do: {:ok, x}
end

defmodule Shout do
  use Handler
  def handle(x), do: {:ok, String.upcase(x)}
end

for m <- [Greet, Shout] do
  IO.inspect({m.name(), m.handle("ann")})
end
IO.inspect(Lazy.name())
IO.inspect(Lazy.handel(1))
