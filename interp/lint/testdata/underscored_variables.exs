defmodule Pairs do
  def same({_x, _x}), do: true

  def first({_a, _b}) do
    _a
  end
end

_total = 5
IO.puts(_total)
