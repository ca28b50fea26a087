defmodule MyList do
  def sum([]), do: 0
  def sum([h | t]), do: h + sum(t)
end
IO.inspect(MyList.sum([1, 2, 3]))
IO.inspect(MyList.sum(1..3))
