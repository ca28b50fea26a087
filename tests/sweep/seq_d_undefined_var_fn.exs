defmodule Area do
  def circle(r) do
    pi = 3.14159
    pi * radius * radius
  end
end

IO.puts(Area.circle(2))
