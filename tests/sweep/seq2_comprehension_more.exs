# Comprehensions: generators, filters, into, uniq, reduce, bitstrings.
IO.inspect(for x <- 1..3, y <- [:a, :b], do: {x, y})
IO.inspect(for x <- 1..10, rem(x, 2) == 0, x > 4, do: x)
IO.inspect(for {k, v} <- %{a: 1, b: 2}, into: %{}, do: {v, k})
IO.inspect(for x <- [1, 2, 2, 3, 3], uniq: true, do: x * 10)
IO.inspect(for x <- 1..5, reduce: 0 do
  acc -> acc + x
end)
IO.inspect(for x <- ~w(a b a c), reduce: %{} do
  acc -> Map.update(acc, x, 1, &(&1 + 1))
end)
IO.inspect(for <<c <- "hello">>, do: c)
IO.inspect(for <<c <- "hello">>, into: "", do: <<c - 32>>)
IO.inspect(for <<r::8, g::8, b::8 <- <<255, 0, 0, 0, 255, 0>> >>, do: {r, g, b})
IO.inspect(for <<c::utf8 <- "héé">>, uniq: true, do: <<c::utf8>>)
IO.inspect(for x <- [1, 2, 3], into: MapSet.new(), do: rem(x, 2))
IO.inspect(for {:ok, v} <- [{:ok, 1}, {:error, 2}, {:ok, 3}], do: v)
IO.inspect(for %{name: n} <- [%{name: "a"}, %{other: 1}, %{name: "b"}], do: n)
IO.inspect(for x <- 1..3, y <- x..3, x != y, do: [x, y])
IO.inspect(for i <- 1..3, j = i * i, j > 1, do: {i, j})
x = 100
IO.inspect(for x <- [1, 2], do: x + 1)
IO.inspect(x)
IO.inspect(for n <- [3, 1, 2], into: [], do: n)
IO.inspect(for c <- ~c"abc", into: "", do: <<c>>)
IO.inspect(for x <- [], do: x)
IO.inspect(for _ <- 1..3, do: :same)
IO.inspect(for x <- 1..4, into: %{}, do: {rem(x, 2), x})
IO.inspect(for word <- ~w(apple banana cherry), letter = String.first(word), into: %{}, do: {letter, String.length(word)})
table = for r <- 1..3 do
  for c <- 1..3, do: r * c
end
IO.inspect(table)
Enum.each(table, fn row -> row |> Enum.map(&String.pad_leading(to_string(&1), 3)) |> Enum.join() |> IO.puts() end)
IO.inspect(for x <- 1..3, reduce: {0, 1} do
  {s, p} -> {s + x, p * x}
end)
