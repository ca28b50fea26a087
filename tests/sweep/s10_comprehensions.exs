IO.inspect(for x <- 1..10, rem(x, 2) == 0, do: x * x)
IO.inspect(for x <- 1..3, y <- [:a, :b], do: {x, y})
IO.inspect(for {k, v} <- [a: 1, b: 2, c: 3], v > 1, into: %{}, do: {k, v})
IO.inspect(for <<c <- "hello">>, do: c)
IO.inspect(for <<c <- "hello">>, into: "", do: <<c - 32>>)
IO.inspect(for x <- [1, 2, 3], reduce: 0 do
  acc -> acc + x
end)
IO.inspect(for x <- 1..5, reduce: {[], []} do
  {evens, odds} when rem(x, 2) == 0 -> {[x | evens], odds}
  {evens, odds} -> {evens, [x | odds]}
end)
IO.inspect(for x <- [1, 2, 2, 3, 3, 3], uniq: true, do: x)
IO.inspect(for {:ok, v} <- [{:ok, 1}, {:error, 2}, {:ok, 3}], do: v)
IO.inspect(for x <- 1..3, into: [], do: x)
IO.inspect(for i <- 1..3, j <- i..3, do: {i, j})
IO.inspect(for w <- ~w(apple banana cherry), into: %{}, do: {w, String.length(w)})
IO.inspect(for x <- [], do: x)
IO.inspect(for n <- 1..20, rem(n, 3) == 0, rem(n, 5) == 0, do: n)
IO.inspect(for s <- ["a", "b"], into: MapSet.new(), do: s)
IO.inspect(for x <- 1..4, do: if(rem(x, 2) == 0, do: :even, else: :odd))
IO.inspect(for <<r::8, g::8, b::8 <- <<255, 0, 0, 0, 255, 0>> >>, do: {r, g, b})
IO.inspect(for x <- 1..3, x > 5, do: x)
matrix = [[1, 2, 3], [4, 5, 6]]
IO.inspect(for row <- matrix, do: Enum.sum(row))
IO.inspect(for row <- matrix, x <- row, do: x * 10)
IO.inspect(Enum.zip(matrix) |> Enum.map(&Tuple.to_list/1))
