# Tuples and Kernel helpers for records.
point = {3, 4}
IO.inspect(elem(point, 0))
IO.inspect(put_elem(point, 1, 10))
IO.inspect(tuple_size({}))
IO.inspect(Tuple.append(point, 5))
IO.inspect(Tuple.insert_at(point, 0, :pt))
IO.inspect(Tuple.delete_at({:a, :b, :c}, 1))
IO.inspect(Tuple.duplicate(0, 3))
IO.inspect(Tuple.to_list({1, {2}}))
IO.inspect(List.to_tuple([:ok, 1]))
IO.inspect(Tuple.sum({1, 2, 3.5}))
IO.inspect(Tuple.product({2, 3}))
IO.inspect(:erlang.make_tuple(2, :x))
IO.inspect({1, 2} < {1, 3})
IO.inspect({2} < {1, 1})
IO.inspect(Enum.sort([{2, :b}, {1, :z}, {2, :a}]))
IO.inspect(5 |> then(&(&1 * &1)))
IO.inspect([1, 2] |> tap(&IO.inspect(length(&1), label: "len")) |> Enum.sum())
IO.inspect(is_tuple(point) and tuple_size(point) == 2)
IO.inspect(is_number(1.0) and is_float(1.0) and not is_integer(1.0))
IO.inspect(is_atom(nil) and is_boolean(false) and is_atom(Enum))
IO.inspect(is_list([]) and is_map(%{}) and is_binary("") and is_function(&IO.puts/1, 1))
IO.inspect(is_nil(nil) and not is_nil(false))
IO.inspect(is_map_key(%{a: 1}, :a))
IO.inspect(length([1, 2, 3]))
IO.inspect(byte_size("héllo"))
IO.inspect(map_size(%{a: 1, b: 2}))
IO.inspect(div(17, 5) == 3 and rem(17, 5) == 2)
IO.inspect(max("a", "b"))
IO.inspect(min([1], {1}))
IO.inspect(1 == 1.0 and 1 !== 1.0)
IO.inspect(nil || false || :default)
IO.inspect(:x && nil)
IO.inspect(!nil)
IO.inspect(true and :anything)
IO.inspect(to_string(:atom) <> to_string(12) <> to_string(1.5) <> to_string([?a, "b"]))
IO.inspect(Kernel.+(1, 2))
IO.inspect(apply(Enum, :sum, [[1, 2]]))
IO.inspect(apply(fn a, b -> a * b end, [6, 7]))
IO.inspect(function_exported?(Enum, :map, 2))
IO.inspect(:erlang.phash2(:same) == :erlang.phash2(:same))
for {label, f} <- [
      {"elem out of range", fn -> elem(point, 2) end},
      {"put_elem out", fn -> put_elem(point, 5, 0) end},
      {"elem not tuple", fn -> elem([1], 0) end},
      {"Tuple.delete_at", fn -> Tuple.delete_at({}, 0) end},
      {"to_string tuple", fn -> to_string({1, 2}) end},
      {"and non-bool", fn -> 1 and true end},
      {"tuple_size list", fn -> tuple_size([1]) end}
    ] do
  try do
    f.()
  rescue
    e -> IO.puts("#{label}: (#{inspect(e.__struct__)}) #{Exception.message(e)}")
  end
end
