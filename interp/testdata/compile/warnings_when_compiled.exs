IO.puts("one")
unused_top = 1

defmodule Late do
  @unused_attr true
  def f(x) do
    y = x
    x
  end
end

IO.puts(Late.f(2))
