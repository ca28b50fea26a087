# The order in which functions given a map of more than 32 keys are
# called: Map.merge/3's combiner, Map.filter/2, Map.new/2, Enum.each/2,
# :maps.fold/3 walk the BEAM's hash trie (:maps.iterator's order), while
# Map.keys/1, Enum.take/2 and inspect list it the other way round.
a = Map.new(1..40, &{&1, :a})
b = Map.new(30..80, &{&1, :b})
small = Map.new(35..45, &{&1, :s})

merged = Map.merge(a, b, fn k, x, y -> IO.write("#{k} "); {x, y} end)
IO.puts("")
IO.inspect(map_size(merged))
Map.merge(b, small, fn k, _, y -> IO.write("#{k} "); y end)
IO.puts("")

evens = Map.filter(a, fn {k, _} -> IO.write("#{k} "); rem(k, 2) == 0 end)
IO.puts("")
IO.inspect(Map.keys(evens))

last_wins = Map.new(a, fn {k, v} -> {rem(k, 7), {k, v}} end)
IO.inspect(last_wins)

Enum.each(b, fn {k, _} -> if k > 70, do: IO.write("#{k} ") end)
IO.puts("")
IO.inspect(Enum.take(b, 5))
IO.inspect(:maps.fold(fn k, _, acc -> [k | acc] end, [], b) |> Enum.take(5), charlists: :as_lists)
:io.format("~p~n", [Map.new(1..34, &{&1, &1 * 2})])
