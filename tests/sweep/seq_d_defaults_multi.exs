defmodule Paginate do
  def page(list, n \\ 1, size \\ 2)
  def page([], _n, _size), do: []
  def page(list, n, size), do: list |> Enum.drop((n - 1) * size) |> Enum.take(size)
end

IO.inspect(Paginate.page([1, 2, 3, 4, 5]))
IO.inspect(Paginate.page([1, 2, 3, 4, 5], 2))
IO.inspect(Paginate.page([1, 2, 3, 4, 5], 3, 2))
IO.inspect(Paginate.page([]))
IO.inspect(Paginate.page(:oops, 1, 1))
