# Inspecting a map of more than 32 keys of mixed types: numbers, strings,
# tuples and lists, printed in the BEAM's hash-trie order.
keys =
  Enum.to_list(1..8) ++
    Enum.map(1..8, &(&1 / 4)) ++
    Enum.map(1..8, &"key#{&1}") ++
    Enum.map(1..8, &{&1, &1 + 1}) ++
    Enum.map(1..4, &[&1, &1 * 10]) ++
    [-1, 2 ** 70, "", {}, []]

m = Map.new(Enum.with_index(keys))
IO.puts(map_size(m))
IO.inspect(m)
IO.inspect(m, limit: 6)
IO.puts(inspect(m, pretty: true, width: 40) |> String.split("\n") |> Enum.take(5) |> Enum.join("\n"))
IO.inspect(Map.keys(m) |> Enum.take(12))
IO.inspect(Map.get(m, {3, 4}))
IO.inspect(%{m | "key3" => :changed} |> Map.to_list() |> Enum.take(3))
