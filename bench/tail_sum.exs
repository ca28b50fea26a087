# A tail-recursive loop of 10 million iterations (constant stack).
defmodule Loop do
  def sum(0, acc), do: acc
  def sum(n, acc), do: sum(n - 1, acc + n)
end

{us, result} = :timer.tc(fn -> Loop.sum(10_000_000, 0) end)
IO.puts("sum = #{result}")
IO.puts("time_ms #{div(us, 1000)}")
