# String.split and friends on edge inputs that trip learners.
for {s, sep} <- [{"a,,b", ","}, {",a,", ","}, {"", ""}, {"abc", "abc"}, {"aaa", "a"}, {"a b  c", " "}, {"héllo", "l"}, {"a\tb\nc", ["\t", "\n"]}] do
  IO.puts("#{inspect(s)} / #{inspect(sep)} -> #{inspect(String.split(s, sep))} trim: #{inspect(String.split(s, sep, trim: true))}")
end
IO.inspect(String.split("a,b,c,d", ",", parts: 3))
IO.inspect(String.split("a,b,c,d", ",", parts: :infinity))
IO.inspect(String.split(",a,,b,", ",", parts: 3, trim: true))
IO.inspect(String.split("  lots   of   space  "))
IO.inspect(String.split("\u00A0nbsp\u2003em space\n"))
IO.inspect(String.split("CamelCaseString", ~r/(?=[A-Z])/, trim: true))
IO.inspect(String.split("a1b2c3", ~r/\d/, parts: 2))
IO.inspect(String.split("x", ~r//))
IO.inspect(String.split("abc", ~r//, trim: true))
IO.inspect(String.split("key: value: more", ": ", parts: 2))
IO.inspect(Regex.split(~r/,/, "a,b,,c", trim: true))
IO.inspect(String.split_at("", 3))
IO.inspect(String.split_at("abc", -10))
lines = "name,qty\napple,3\n\npear,5\n"
rows =
  lines
  |> String.split("\n", trim: true)
  |> tl()
  |> Enum.map(&String.split(&1, ","))
  |> Enum.map(fn [n, q] -> {n, String.to_integer(q)} end)
IO.inspect(rows)
IO.inspect(String.splitter("a b c", " ") |> Enum.map(&String.upcase/1))
IO.inspect(String.split("1 2 3") |> Enum.map(&String.to_integer/1) |> Enum.sum())
try do
  String.split("a,b", ",", parts: 0)
rescue
  e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
end
try do
  String.split(nil, ",")
rescue
  e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
end
try do
  String.split("a b", 1)
rescue
  e -> IO.puts("#{inspect(e.__struct__)}")
end
