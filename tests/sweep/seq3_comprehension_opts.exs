# Comprehensions with :into, :reduce, :uniq, filters and multiple generators.
IO.inspect(for x <- 1..5, y <- 1..x, rem(x + y, 3) == 0, do: {x, y})
IO.inspect(for x <- [1, 2, 2, 3, 3, 3], uniq: true, do: x * 10)
IO.inspect(for x <- ~w(a B c b A), uniq: true, do: String.downcase(x))
IO.inspect(for {k, v} <- %{a: 1, b: 2}, into: %{}, do: {v, k})
IO.inspect(for x <- 1..3, into: %{}, do: {x, x * x})
IO.inspect(for c <- ~c"hello", into: "", do: <<c - 32>>)
IO.inspect(for w <- ~w(x y z), into: ["start"], do: w)
IO.inspect(for x <- 1..4, reduce: 0 do
  acc -> acc + x * x
end)
counts =
  for w <- ~w(the cat the hat the end), reduce: %{} do
    acc -> Map.update(acc, w, 1, &(&1 + 1))
  end
IO.inspect(counts)
{evens, odds} =
  for x <- 1..9, reduce: {[], []} do
    {e, o} when rem(x, 2) == 0 -> {[x | e], o}
    {e, o} -> {e, [x | o]}
  end
IO.inspect({Enum.reverse(evens), Enum.reverse(odds)})
IO.inspect(for {:ok, v} <- [{:ok, 1}, {:error, 2}, {:ok, 3}, :skip], do: v)
IO.inspect(for %{role: :admin, name: n} <- [%{role: :admin, name: "a"}, %{role: :user, name: "b"}], do: n)
IO.inspect(for x <- 1..3, y = x * 2, y > 2, do: y)
IO.inspect(for x <- [], do: x)
IO.inspect(for _ <- 1..3, do: :hi)
IO.inspect(for x <- 1..3, reduce: [] do
  acc -> [x | acc]
end)
grid = for r <- 1..3, into: %{}, do: {r, for(c <- 1..3, do: r * c)}
IO.inspect(grid)
IO.inspect(for {r, cs} <- grid, c <- cs, c > 4, do: {r, c})
IO.inspect(for x <- 1..10, rem(x, 2) == 0, rem(x, 3) == 0, do: x)
IO.inspect(for a <- 1..20, b <- a..20, c <- b..20, a * a + b * b == c * c, do: {a, b, c})
IO.inspect(for x <- 1..3, into: MapSet.new(), do: rem(x, 2))
IO.inspect(for {name, score} <- [ana: 3, ben: 5], into: [], do: "#{name}=#{score}")
IO.inspect(for x <- [1, 2, 3], uniq: true, into: %{}, do: {rem(x, 2), x})
IO.inspect(for x <- 1..3, y <- [:a, :b], into: "", do: "#{x}#{y} ")
