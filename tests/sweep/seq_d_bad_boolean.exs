defmodule Check do
  def both(a, b), do: a and b
end

IO.inspect(Check.both(true, false))
IO.inspect(Check.both(1, true))
