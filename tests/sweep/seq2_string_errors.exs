# String conversion errors, rescued and printed.
tries = [
  fn -> String.to_integer("12a") end,
  fn -> String.to_integer("") end,
  fn -> String.to_float("3") end,
  fn -> String.to_float("abc") end,
  fn -> String.to_existing_atom("surely_not_an_existing_atom_xyz") end,
  fn -> String.to_integer("zz", 36) end,
  fn -> String.to_integer("12", 1) end,
  fn -> :erlang.binary_to_atom(<<255>>, :utf8) end,
  fn -> List.to_integer(~c"x1") end,
  fn -> String.duplicate("a", -1) end,
  fn -> :erlang.list_to_integer(~c"") end,
  fn -> Integer.to_string(1.5) end,
  fn -> String.pad_leading("a", 3, "") end,
  fn -> String.upcase(nil) end,
  fn -> String.length(:atom) end,
  fn -> "abc" <> Enum.random([1]) end
]

for f <- tries do
  try do
    IO.inspect(f.())
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
