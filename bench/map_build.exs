# Building a map of 100,000 keys one Map.put at a time, then reading it.
{us, result} =
  :timer.tc(fn ->
    m = Enum.reduce(1..100_000, %{}, fn i, acc -> Map.put(acc, i, i * i) end)
    {map_size(m), Enum.reduce(1..100_000, 0, fn i, acc -> acc + Map.fetch!(m, i) end)}
  end)

IO.inspect(result)
IO.puts("time_ms #{div(us, 1000)}")
