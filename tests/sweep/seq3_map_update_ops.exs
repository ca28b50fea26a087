# Map update!, replace!, pop_lazy and friends on an inventory.
inventory = %{apples: 10, pears: 4, plums: 0}
IO.inspect(Map.update!(inventory, :apples, &(&1 - 3)))
IO.inspect(Map.update(inventory, :kiwis, 1, &(&1 + 1)))
IO.inspect(Map.update(inventory, :pears, 1, &(&1 + 1)))
IO.inspect(Map.replace!(inventory, :plums, 12))
IO.inspect(Map.replace(inventory, :figs, 1))
IO.inspect(Map.replace(inventory, :pears, 5))
IO.inspect(Map.pop(inventory, :apples))
IO.inspect(Map.pop(inventory, :figs, :none))
IO.inspect(Map.pop_lazy(inventory, :figs, fn -> IO.puts("computing"); 0 end))
IO.inspect(Map.pop_lazy(inventory, :pears, fn -> IO.puts("never"); 0 end))
IO.inspect(Map.pop!(inventory, :plums))
IO.inspect(Map.get_lazy(inventory, :x, fn -> :lazy end))
IO.inspect(Map.put_new_lazy(inventory, :apples, fn -> 99 end))
IO.inspect(Map.put_new(inventory, :kiwis, 7))
IO.inspect(Map.fetch(inventory, :pears))
IO.inspect(Map.fetch(inventory, :nope))
IO.inspect(Map.take(inventory, [:apples, :nope]))
IO.inspect(Map.drop(inventory, [:apples, :nope]))
IO.inspect(Map.split(inventory, [:pears]))
IO.inspect(Map.filter(inventory, fn {_k, v} -> v > 0 end))
IO.inspect(Map.reject(inventory, fn {_k, v} -> v > 0 end))
IO.inspect(Map.new(inventory, fn {k, v} -> {Atom.to_string(k), v * 2} end))
IO.inspect(Map.merge(inventory, %{apples: 1, figs: 2}, fn _k, a, b -> a + b end))
IO.inspect(Map.from_keys([:a, :b], 0))
IO.inspect(Map.get_and_update(inventory, :apples, fn cur -> {cur, cur * 10} end))
IO.inspect(Map.get_and_update(inventory, :apples, fn _ -> :pop end))
IO.inspect(Map.has_key?(inventory, :plums))
IO.inspect(Map.keys(inventory) |> Enum.sort())
IO.inspect(Map.values(inventory) |> Enum.sum())
IO.inspect(Map.to_list(%{b: 2, a: 1}))
IO.inspect(Map.equal?(%{a: 1}, %{a: 1.0}))
IO.inspect(Map.intersect(%{a: 1, b: 2}, %{b: 3, c: 4}))
for {label, f} <- [
      {"update!", fn -> Map.update!(inventory, :figs, &(&1 + 1)) end},
      {"replace!", fn -> Map.replace!(inventory, :figs, 1) end},
      {"pop!", fn -> Map.pop!(inventory, :figs) end},
      {"fetch!", fn -> Map.fetch!(inventory, :figs) end},
      {"update_bad_map", fn -> Map.update!(:not_a_map, :a, & &1) end}
    ] do
  try do
    f.()
  rescue
    e -> IO.puts("#{label}: #{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
