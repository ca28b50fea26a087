# An error deep in a pipeline: the stack frames printed.
defmodule Orders do
  def total(orders) do
    orders
    |> Enum.map(&line_total/1)
    |> Enum.sum()
  end

  defp line_total(%{qty: q, price: p}) do
    q * p
  end

  def report(orders) do
    t = total(orders)
    IO.puts("total: #{t}")
    t
  end
end

IO.puts("start")
Orders.report([%{qty: 2, price: 5}, %{qty: 1, price: 3}])
Orders.report([%{qty: 2, price: 5}, %{qty: "1", price: 3}])
IO.puts("not reached")
