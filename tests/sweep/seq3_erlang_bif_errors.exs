# Erlang functions called directly, and the frames their errors show.
m = %{name: "Ana", age: 30}
IO.inspect(:erlang.map_get(:name, m))
IO.inspect(:maps.get(:age, m))
IO.inspect(:maps.get(:zip, m, "none"))
IO.inspect(:erlang.element(2, {:a, :b}))
IO.inspect(:erlang.setelement(1, {:a, :b}, :z))
IO.inspect(:erlang.tuple_size({1, 2, 3}))
IO.inspect(:erlang.binary_to_integer("ff", 16))
IO.inspect(:erlang.integer_to_binary(255, 2))
IO.inspect(:erlang.atom_to_binary(:hello))
IO.inspect(:erlang.list_to_tuple([1, 2]))
IO.inspect(:maps.from_list([{:a, 1}]))
for {label, f} <- [
      {"map_get missing", fn -> :erlang.map_get(:zip, m) end},
      {"map_get not map", fn -> :erlang.map_get(:zip, [1]) end},
      {"maps.get missing", fn -> :maps.get(:zip, m) end},
      {"element range", fn -> :erlang.element(3, {:a, :b}) end},
      {"from_list pairs", fn -> :maps.from_list([:a]) end},
      {"from_list list", fn -> :maps.from_list(:a) end},
      {"binary_to_integer", fn -> :erlang.binary_to_integer("zz") end},
      {"Map.new pairs", fn -> Map.new([1, 2]) end},
      {"into map", fn -> Enum.into([:a], %{}) end},
      {"into map transform", fn -> Enum.into([1], %{b: 2}, &(&1 * 2)) end},
      {"into range", fn -> Enum.into(1..2, %{}) end}
    ] do
  try do
    f.()
  rescue
    e -> IO.puts("#{label}: (#{inspect(e.__struct__)}) #{Exception.message(e)}")
  end
end
defmodule Lookup do
  def age(person), do: :maps.get(:age, person)
end
IO.inspect(Lookup.age(m))
Lookup.age(%{name: "Ben"})
