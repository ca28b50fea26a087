# Expectation: a module defined twice: elixir_module check_module_availability 1.18 file_warn at the defmodule's line (no column), in the module.
defmodule Greeter do
  def hi, do: "hi"
end

defmodule Greeter do
  def hi, do: "hello"
end

IO.puts(Greeter.hi())
