# Maps built from ranges: 32 keys print sorted, 33 and more in the BEAM's
# hash-trie order, and deleting back to 32 sorts them again.
squares = Map.new(1..100, fn i -> {i, i * i} end)
IO.inspect(squares)
IO.inspect(Map.keys(squares) |> Enum.take(10))
IO.inspect(Map.values(squares) |> Enum.take(10))

IO.inspect(Map.new(1..32, &{&1, true}) |> Map.keys())
IO.inspect(Map.new(1..33, &{&1, true}) |> Map.keys())

shrunk = Enum.reduce(33..100, squares, fn i, acc -> Map.delete(acc, i) end)
IO.inspect(Map.keys(shrunk))

negatives = Map.new(-20..20, &{&1, -&1})
IO.inspect(Enum.take(negatives, 5))
IO.inspect(Enum.reduce(negatives, [], fn {k, _}, acc -> [k | acc] end))
IO.inspect(for {k, v} <- negatives, k > 15, do: {k, v})

merged = Map.merge(Map.new(1..20, &{&1, :a}), Map.new(15..40, &{&1, :b}))
IO.inspect(Enum.map(merged, fn {k, v} -> "#{k}#{v}" end) |> Enum.join(" "))
IO.inspect(MapSet.new(1..40))
IO.inspect(squares == Map.new(100..1//-1, fn i -> {i, i * i} end))
IO.inspect(Map.new(1..40, &{&1, 0}) < Map.new(2..41, &{&1, 0}))
