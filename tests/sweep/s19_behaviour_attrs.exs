defmodule Greeter do
  @callback greet(String.t()) :: String.t()
  @callback farewell() :: String.t()
  @optional_callbacks farewell: 0
end

defmodule English do
  @behaviour Greeter
  @impl true
  def greet(name), do: "Hello, #{name}"
end

defmodule AppConfig do
  @version "1.2.3"
  @limits %{max: 10, min: 1}
  @colors [:red, :green]
  @colors [:blue | @colors]
  Module.register_attribute(__MODULE__, :items, accumulate: true)
  @items 1
  @items 2

  def version, do: @version
  def limits, do: @limits
  def colors, do: @colors
  def items, do: @items
  def max, do: @limits.max
end

IO.puts(English.greet("Ann"))
IO.puts(AppConfig.version())
IO.inspect(AppConfig.limits())
IO.inspect(AppConfig.colors())
IO.inspect(AppConfig.items())
IO.inspect(AppConfig.max())
IO.inspect(__MODULE__)
IO.inspect(Module.concat([Foo, Bar]))
IO.inspect(Code.ensure_loaded?(English))
IO.inspect(Atom.to_string(English))
IO.inspect(inspect(English))
defmodule Temp do
  def c_to_f(c), do: c * 9 / 5 + 32
  def f_to_c(f), do: (f - 32) * 5 / 9
end
IO.inspect(Enum.map([0, 37, 100], &Temp.c_to_f/1))
IO.inspect(Temp.f_to_c(212))
defmodule UsesIt do
  import Temp, only: [c_to_f: 1]
  def run, do: c_to_f(10)
end
IO.inspect(UsesIt.run())
