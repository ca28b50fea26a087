defmodule Math do
  def f(0), do: :zero
  def g(x), do: x
  def f(n), do: n

  def h(x), do: x
  def h(x, y), do: x + y
  def h(x, y, z), do: x + y + z
  def h(x, y), do: x - y
end

IO.inspect(Math.f(1))
