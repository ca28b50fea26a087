# for comprehensions: generators, filters, :into, :reduce, :uniq.
IO.inspect(for x <- 1..5, do: x * x)
IO.inspect(for x <- 1..10, rem(x, 3) == 0, do: x)
IO.inspect(for x <- 1..3, y <- [:a, :b], do: {x, y})
IO.inspect(for x <- 1..4, y <- x..4, x + y == 5, do: {x, y})
IO.inspect(for {k, v} <- %{a: 1, b: 2, c: 3}, v > 1, do: k)
IO.inspect(for {:ok, v} <- [{:ok, 1}, {:error, 2}, {:ok, 3}, :skip], do: v)
IO.inspect(for <<c <- "hello">>, do: c)
IO.inspect(for <<c <- "hello">>, c != ?l, into: "", do: <<c - 32>>)
IO.inspect(for <<r::8, g::8, b::8 <- <<255, 0, 0, 0, 255, 0>> >>, do: {r, g, b})
IO.inspect(for x <- ~w(a b c), into: %{}, do: {x, String.upcase(x)})
IO.inspect(for x <- [3, 1, 3, 2, 1], uniq: true, do: x * 10)
IO.inspect(for x <- 1..10, reduce: 0 do
  acc -> acc + x
end)
IO.inspect(for w <- ~w(the cat the dog a cat), reduce: %{} do
  acc -> Map.update(acc, w, 1, &(&1 + 1))
end)
IO.inspect(for x <- 1..3, y <- 1..3, reduce: [] do
  acc when x == y -> [{x, y} | acc]
  acc -> acc
end)
IO.inspect(for x <- [1, 2, 3], into: MapSet.new(), do: rem(x, 2))
IO.inspect(for {k, v} <- [a: 1, b: 2], into: %{z: 0}, do: {k, v * 100})
IO.inspect(for s <- ["a", "b"], into: "", do: s <> s)
IO.inspect(for x <- 1..3, into: [], do: x)
IO.inspect(for i <- 1..3, j = i * 2, j > 2, do: {i, j})
IO.inspect(for n <- 1..20, Integer.mod(n, 2) == 1, n > 10, do: n)
IO.inspect(for x <- [], do: x)
IO.inspect(for _ <- 1..3, do: :same)
IO.inspect(for x <- [1, nil, 2, false, 3], x, do: x)
IO.inspect(for {name, age} when age > 18 <- [{"a", 20}, {"b", 10}, {"c", 30}], do: name)
IO.inspect(for x <- 1..3, y <- 1..x, do: {x, y})
grid = for r <- 0..2, do: for(c <- 0..2, do: r * 3 + c)
IO.inspect(grid)
IO.inspect(for row <- grid, x <- row, rem(x, 2) == 0, do: x)
IO.inspect(for <<b::1 <- <<0b10110000>> >>, do: b)
IO.inspect(for x <- 1..5, into: %{}, do: {rem(x, 2), x})
pythag = for a <- 1..20, b <- a..20, c <- b..20, a * a + b * b == c * c, do: {a, b, c}
IO.inspect(pythag)
IO.inspect(for x <- ["1", "x", "3"], {n, ""} <- [Integer.parse(x)], do: n)
IO.inspect(for c <- ?a..?e, into: "", do: <<c>>)
IO.inspect(for x <- 1..3, uniq: true, into: %{}, do: {x, x})
IO.inspect(Enum.into(for(x <- 1..3, do: {x, x * x}), %{}))
