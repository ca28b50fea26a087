# reduce_while, scan, map_reduce and friends in small exercises.
balance = 100
withdrawals = [30, 20, 60, 10]
{final, done} =
  Enum.reduce_while(withdrawals, {balance, []}, fn w, {bal, ok} ->
    if w <= bal do
      {:cont, {bal - w, [w | ok]}}
    else
      {:halt, {bal, ok}}
    end
  end)
IO.puts("final balance #{final}, processed #{inspect(Enum.reverse(done))}")

first_dup =
  Enum.reduce_while([3, 1, 4, 1, 5, 9], MapSet.new(), fn x, seen ->
    if MapSet.member?(seen, x), do: {:halt, {:dup, x}}, else: {:cont, MapSet.put(seen, x)}
  end)
IO.inspect(first_dup)

IO.inspect(Enum.reduce_while([], :empty, fn _, acc -> {:cont, acc} end))
IO.inspect(Enum.scan([1, 2, 3, 4], &(&1 * &2)), label: "running product")
IO.inspect(Enum.scan(~w(a b c), "", &(&2 <> &1)), label: "prefixes")
IO.inspect(Enum.scan([5, 3, 8, 1], &max/2), label: "running max")

{doubled, total} = Enum.map_reduce([1, 2, 3], 0, fn x, acc -> {x * 2, acc + x} end)
IO.inspect({doubled, total})

{numbered, _} =
  Enum.map_reduce(~w(alpha beta gamma), 1, fn w, n -> {"#{n}. #{w}", n + 1} end)
Enum.each(numbered, &IO.puts/1)

IO.inspect(Enum.reduce(1..4, fn x, acc -> acc * x end), label: "reduce/2")
IO.inspect(Enum.reduce([], 0, &+/2), label: "empty reduce")
IO.inspect(Enum.reduce(%{a: 1, b: 2}, 0, fn {_k, v}, acc -> acc + v end), label: "map reduce")

stats =
  Enum.reduce([4, 8, 15, 16, 23, 42], %{min: nil, max: nil, sum: 0, count: 0}, fn x, acc ->
    %{acc | min: min(acc.min || x, x), max: max(acc.max || x, x), sum: acc.sum + x, count: acc.count + 1}
  end)
IO.inspect(stats)
IO.puts("mean: #{stats.sum / stats.count}")

IO.inspect(Enum.flat_map_reduce([1, 2, 3], 0, fn x, acc -> {List.duplicate(x, x), acc + x} end))
try do
  Enum.reduce([], fn x, acc -> x + acc end)
rescue
  e in Enum.EmptyError -> IO.puts("rescued: " <> Exception.message(e))
end
