# Converting strings to numbers, with the errors learners meet.
IO.inspect(String.to_integer("42"))
IO.inspect(String.to_integer("-17"))
IO.inspect(String.to_integer("ff", 16))
IO.inspect(String.to_integer("1010", 2))
IO.inspect(String.to_integer("Z", 36))
IO.inspect(String.to_float("3.14"))
IO.inspect(String.to_float("-0.5e3"))
IO.inspect(Integer.parse("12abc"))
IO.inspect(Integer.parse("abc"))
IO.inspect(Integer.parse("  12"))
IO.inspect(Integer.parse("+7"))
IO.inspect(Integer.parse("7f", 16))
IO.inspect(Float.parse("1.5kg"))
IO.inspect(Float.parse("2"))
IO.inspect(Float.parse(".5"))
IO.inspect(Float.parse("1e3"))
IO.inspect(Float.parse("-1.25e-2 rest"))
attempt = fn label, f ->
  try do
    IO.inspect(f.(), label: label)
  rescue
    e -> IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
  end
end
attempt.("int float", fn -> String.to_integer("1.5") end)
attempt.("int empty", fn -> String.to_integer("") end)
attempt.("int space", fn -> String.to_integer(" 1") end)
attempt.("float int", fn -> String.to_float("1") end)
attempt.("float dot", fn -> String.to_float("1.") end)
attempt.("float word", fn -> String.to_float("abc") end)
attempt.("base", fn -> String.to_integer("12", 2) end)
attempt.("to_atom", fn -> String.to_existing_atom("surely_not_an_atom_xyz") end)
attempt.("int nil", fn -> String.to_integer(nil) end)
attempt.("base 37", fn -> String.to_integer("1", 37) end)
attempt.("Integer.parse base", fn -> Integer.parse("1", 1) end)

parse_age = fn input ->
  case Integer.parse(String.trim(input)) do
    {n, ""} when n >= 0 -> {:ok, n}
    {_, rest} when rest != "" -> {:error, "trailing #{inspect(rest)}"}
    {n, ""} -> {:error, "negative #{n}"}
    :error -> {:error, "not a number"}
  end
end
for s <- ["30\n", "3o", "-4", "x", " 12 "], do: IO.inspect(parse_age.(s))
