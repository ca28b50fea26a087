defmodule Temp do
  def to_f(c), do: c * 9 / 5 + 32
end

IO.inspect(Temp.to_f(100))
IO.inspect(Temp.to_f("100"))
