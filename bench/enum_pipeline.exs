# Enum pipelines over a million elements.
{us, result} =
  :timer.tc(fn ->
    1..1_000_000
    |> Enum.map(&(&1 * 3))
    |> Enum.filter(&(rem(&1, 2) == 0))
    |> Enum.reduce(0, fn x, acc -> acc + x end)
  end)

IO.puts("result = #{result}")
IO.puts("time_ms #{div(us, 1000)}")
