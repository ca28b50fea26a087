# Zipping lists of different kinds.
names = ["Ana", "Ben", "Caro"]
scores = [88, 92, 75]
IO.inspect(Enum.zip(names, scores))
IO.inspect(Enum.zip_with(names, scores, fn n, s -> "#{n}: #{s}" end))
IO.inspect(Enum.zip_with([1, 2, 3], [4, 5], &+/2), label: "shortest")
IO.inspect(Enum.zip_with([[1, 2, 3], [10, 20, 30], [100, 200, 300]], &Enum.sum/1), label: "columns")
IO.inspect(Enum.zip_with([], fn _ -> :never end), label: "none")
IO.inspect(Enum.zip([1..3, ~w(a b c), [:x, :y, :z]]), label: "three")
IO.inspect(Enum.zip(1..5, Stream.cycle([:odd, :even])), label: "cycle")
IO.inspect(Enum.unzip([{"a", 1}, {"b", 2}, {"c", 3}]))
IO.inspect(Enum.zip(%{a: 1, b: 2}, [10, 20]), label: "map zip")

matrix = [[1, 2, 3], [4, 5, 6]]
transposed = matrix |> Enum.zip() |> Enum.map(&Tuple.to_list/1)
IO.inspect(transposed, label: "transposed")
IO.inspect(Enum.zip_with(matrix, & &1), label: "transposed2")

dot = Enum.zip_with([1, 2, 3], [4, 5, 6], &*/2) |> Enum.sum()
IO.puts("dot product #{dot}")

pairs = Enum.zip(Enum.to_list(1..4), tl(Enum.to_list(1..4)))
IO.inspect(pairs, label: "consecutive")
diffs = Enum.map(pairs, fn {a, b} -> b - a end)
IO.inspect(diffs)

IO.inspect(Stream.zip([1, 2, 3], [:a, :b, :c]) |> Enum.to_list(), label: "stream zip")
IO.inspect(Stream.zip_with([1, 2, 3], [10, 20, 30], &(&1 + &2)) |> Enum.to_list(), label: "stream zip_with")
IO.inspect(Enum.with_index(names) |> Enum.map(fn {n, i} -> "#{i + 1}) #{n}" end))
IO.inspect(Enum.with_index(names, 10))
IO.inspect(Enum.zip([], [1, 2]))
