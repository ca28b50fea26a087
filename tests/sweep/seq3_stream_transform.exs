# Stream.transform, chunk_while, dedup, with_index and laziness.
running =
  1..6
  |> Stream.transform(0, fn x, acc -> {[acc + x], acc + x} end)
  |> Enum.to_list()
IO.inspect(running, label: "running sums")

limited =
  Stream.transform(1..100, 0, fn x, count ->
    if count >= 3, do: {:halt, count}, else: {[x * x], count + 1}
  end)
IO.inspect(Enum.to_list(limited), label: "halt")

expanded = Stream.transform([1, 2, 3], nil, fn x, acc -> {List.duplicate(x, x), acc} end)
IO.inspect(Enum.to_list(expanded), label: "expand")

with_after =
  Stream.transform(
    [1, 2, 3],
    fn -> IO.puts("start"); 0 end,
    fn x, acc -> {[x + acc], acc + 1} end,
    fn acc -> IO.puts("after #{acc}") end
  )
IO.inspect(Enum.to_list(with_after), label: "transform/4")

log = fn x -> IO.puts("saw #{x}"); x end
s = 1..5 |> Stream.map(log) |> Stream.filter(&(rem(&1, 2) == 1))
IO.puts("nothing yet")
IO.inspect(Enum.take(s, 2), label: "lazy")

IO.inspect(Stream.dedup([1, 1, 2, 2, 2, 1]) |> Enum.to_list(), label: "dedup")
IO.inspect(Stream.with_index(~w(a b c), 1) |> Enum.to_list(), label: "with_index")
IO.inspect(Stream.chunk_every(1..7, 3) |> Enum.to_list(), label: "chunk")
IO.inspect(Stream.chunk_by(~w(a b cc dd e), &String.length/1) |> Enum.to_list(), label: "chunk_by")
IO.inspect(
  Stream.chunk_while(1..10, [], fn x, acc ->
    if rem(x, 4) == 0, do: {:cont, Enum.reverse([x | acc]), []}, else: {:cont, [x | acc]}
  end, fn [] -> {:cont, []}; acc -> {:cont, Enum.reverse(acc), []} end)
  |> Enum.to_list(),
  label: "chunk_while"
)
IO.inspect(Stream.take_while(1..10, &(&1 < 4)) |> Enum.to_list())
IO.inspect(Stream.drop_while(1..10, &(&1 < 8)) |> Enum.to_list())
IO.inspect(Stream.take_every(1..10, 3) |> Enum.to_list())
IO.inspect(Stream.drop_every(1..10, 3) |> Enum.to_list())
IO.inspect(Stream.intersperse([1, 2, 3], :sep) |> Enum.to_list())
IO.inspect(Stream.scan(1..5, &+/2) |> Enum.to_list())
IO.inspect(Stream.uniq([1, 2, 1, 3, 2]) |> Enum.to_list())
IO.inspect(Stream.flat_map(1..3, &[&1, -&1]) |> Enum.to_list())
IO.inspect(Stream.concat([1..2, [3], Stream.map([4], &(&1 * 10))]) |> Enum.to_list())
IO.inspect(Stream.run(Stream.map(1..2, &IO.puts/1)))
IO.inspect(Stream.each([1, 2], &IO.write("#{&1};")) |> Enum.count())
