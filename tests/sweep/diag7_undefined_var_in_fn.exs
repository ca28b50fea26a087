# Expectation: a variable unknown inside fn in a def: 1.18 elixir_expand undefined_var (1.14 turned it into a call), framed with its span, the module's compile error.
defmodule Doubler do
  def run(list) do
    Enum.map(list, fn x -> x * factor end)
  end
end

IO.inspect(Doubler.run([1, 2]))
