# Streams.
fib = Stream.unfold({0, 1}, fn {a, b} -> {a, {b, a + b}} end)
IO.inspect(Enum.take(fib, 15))
IO.inspect(Stream.unfold(5, fn 0 -> nil; n -> {n, n - 1} end) |> Enum.to_list())
IO.inspect(Stream.iterate(1, &(&1 * 2)) |> Enum.take(10))
IO.inspect(Stream.cycle([:a, :b, :c]) |> Enum.take(7))
IO.inspect(Stream.repeatedly(fn -> :x end) |> Enum.take(3))
res = Stream.resource(
  fn -> IO.puts("open"); 3 end,
  fn
    0 -> {:halt, 0}
    n -> {[n], n - 1}
  end,
  fn _ -> IO.puts("close") end
)
IO.inspect(Enum.to_list(res))
IO.inspect(Enum.take(res, 1))
t = Stream.transform(1..10, 0, fn x, acc ->
  if acc >= 10, do: {:halt, acc}, else: {[x, -x], acc + x}
end)
IO.inspect(Enum.to_list(t))
IO.inspect(Stream.transform([1, 2, 3], fn -> 0 end, fn x, acc -> {[acc + x], acc + x} end, fn acc -> IO.puts("done #{acc}") end) |> Enum.to_list())
s = 1..20 |> Stream.map(&(&1 * 3)) |> Stream.filter(&(rem(&1, 2) == 0)) |> Stream.take(4)
IO.inspect(Enum.to_list(s))
IO.inspect(Stream.with_index([:a, :b]) |> Enum.to_list())
IO.inspect(Stream.chunk_every(1..7, 3) |> Enum.to_list())
IO.inspect(Stream.zip(Stream.iterate(0, &(&1 + 1)), ~w(a b c)) |> Enum.to_list())
IO.inspect(Stream.flat_map([1, 2], &[&1, &1]) |> Enum.to_list())
IO.inspect(Stream.dedup([1, 1, 2, 2, 1]) |> Enum.to_list())
IO.inspect(Stream.uniq([1, 2, 1, 3]) |> Enum.to_list())
IO.inspect(Stream.scan(1..5, &+/2) |> Enum.to_list())
IO.inspect(Stream.take_while(1..100, &(&1 < 5)) |> Enum.to_list())
IO.inspect(Stream.drop(1..10, 7) |> Enum.to_list())
IO.inspect(Stream.intersperse([1, 2, 3], 0) |> Enum.to_list())
IO.inspect(Stream.concat([1, 2], [3]) |> Enum.to_list())
IO.inspect(Stream.each([1, 2], &IO.puts("each #{&1}")) |> Enum.to_list())
IO.inspect(Stream.run(Stream.map([1], &IO.inspect/1)))
IO.inspect(Stream.map(1..3, & &1) |> Enum.sum())
IO.inspect(Stream.interval(1) |> Enum.take(0))
lazy = Stream.map([1, 2, 3], fn x -> IO.puts("mapping #{x}"); x * 2 end)
IO.puts("before")
IO.inspect(Enum.take(lazy, 2))
IO.inspect(Stream.reject(1..6, &(rem(&1, 3) == 0)) |> Enum.into([]))
IO.inspect(Stream.map_every(1..5, 2, &(&1 * 0)) |> Enum.to_list())
IO.inspect(Stream.chunk_by([1, 1, 2], & &1) |> Enum.to_list())
IO.inspect(Stream.split_while([1, 2, 3], &(&1 < 2)) |> elem(0) |> Enum.to_list())
