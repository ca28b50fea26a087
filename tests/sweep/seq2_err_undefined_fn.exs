# Calling a function that does not exist at runtime (dynamic module).
defmodule Math do
  def square(x), do: x * x
end

mod = Enum.random([Math])
IO.inspect(mod.square(4))
fun = Enum.random([:cube])
IO.inspect(function_exported?(Math, fun, 1))
apply(mod, fun, [2])
