# if/unless/cond/case forms and their values.
classify = fn t ->
  cond do
    t < 0 -> "freezing"
    t < 15 -> "cold"
    t < 25 -> "mild"
    true -> "hot"
  end
end
IO.inspect(Enum.map([-5, 0, 14, 15, 30], classify))
IO.inspect(if false, do: :yes)
IO.inspect(if nil, do: :yes, else: :no)
IO.inspect(if 0, do: :zero_is_truthy)
IO.inspect(if "", do: :empty_string_truthy)
IO.inspect(unless true, do: :x)
IO.inspect(unless false, do: :ran, else: :skipped)
val = if true do
  a = 1
  a + 1
end
IO.inspect(val)
x = 5
res = case x do
  n when n > 3 -> :big
  _ -> :small
end
IO.inspect(res)
IO.inspect(case [] do
  [] -> :empty
  [_ | _] -> :nonempty
end)
IO.inspect(cond do
  nil -> :never
  :truthy -> :atom_truthy
end)
grade = fn score ->
  case score do
    s when s >= 90 -> "A"
    s when s >= 80 -> "B"
    s when s >= 70 -> "C"
    _ -> "F"
  end
end
IO.inspect(Enum.map([95, 85, 72, 10], grade))
IO.inspect(if(1 > 0, do: "inline", else: "nope"))
IO.inspect(Kernel.if(true, do: :kernel_if))
count = 3
msg = cond do
  count == 0 -> "no items"
  count == 1 -> "one item"
  true -> "#{count} items"
end
IO.puts(msg)
IO.inspect(with true <- true, do: :with_true)
IO.inspect(true && "both")
IO.inspect(false || nil)
IO.inspect(nil && raise("never"))
IO.inspect(1 in [1, 2] and not (3 in [1, 2]))
r = try do
  cond do
    x > 100 -> :huge
  end
rescue
  e in CondClauseError -> Exception.message(e)
end
IO.inspect(r)
r2 = try do
  case :z do
    :a -> 1
  end
rescue
  e in CaseClauseError -> Exception.message(e)
end
IO.inspect(r2)
if x > 1 do
  IO.puts("x is more than one")
else
  IO.puts("x is small")
end
case {1, 2} do
  {a, b} when a > b -> IO.puts("desc")
  {a, b} -> IO.puts("asc #{a} #{b}")
end
cond do
  x > 10 -> IO.puts("x > 10")
end
