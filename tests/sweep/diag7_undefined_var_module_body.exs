# Expectation: a variable read in a module body: 1.18 elixir_expand undefined_var, the stack entry naming the module body (Config (module)).
defmodule Settings do
  IO.puts(port)
  def port, do: 4000
end
