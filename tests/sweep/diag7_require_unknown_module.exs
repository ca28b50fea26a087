# Expectation: require of a module that does not exist in a module body: elixir_aliases unloaded_module (1.14 = 1.18 text), the module body's stack entry.
defmodule App do
  require Loggr

  def run, do: :ok
end

IO.inspect(App.run())
