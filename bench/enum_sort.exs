# Enum.sort and Enum.map/filter/reduce over a million-element list.
list = Enum.map(1..1_000_000, fn i -> rem(i * 7_919, 1_000_003) end)

{us, result} =
  :timer.tc(fn ->
    sorted = Enum.sort(list)
    mapped = Enum.map(sorted, &(&1 + 1))
    kept = Enum.filter(mapped, &(rem(&1, 3) == 0))
    {hd(sorted), length(kept), Enum.reduce(kept, 0, &+/2)}
  end)

IO.inspect(result)
IO.puts("time_ms #{div(us, 1000)}")
