# String.split with parts and trim, split_at, splitter.
csv = "name,age,,city,"
IO.inspect(String.split(csv, ","))
IO.inspect(String.split(csv, ",", trim: true))
IO.inspect(String.split(csv, ",", parts: 2))
IO.inspect(String.split(csv, ",", parts: 3, trim: true))
IO.inspect(String.split("a-b_c d", ["-", "_", " "]))
IO.inspect(String.split("  hello   world  "))
IO.inspect(String.split("  hello   world  ", " "))
IO.inspect(String.split("abc", ""))
IO.inspect(String.split("abc", "", trim: true))
IO.inspect(String.split("abc", "", parts: 2))
IO.inspect(String.split("", ","))
IO.inspect(String.split("", ",", trim: true))
IO.inspect(String.split("a1b22c333", ~r/\d+/))
IO.inspect(String.split("a1b22c333", ~r/\d+/, trim: true))
IO.inspect(String.split("a1b22c333", ~r/(\d+)/, include_captures: true))
IO.inspect(String.split("key=value=more", "=", parts: 2))
IO.inspect(String.split_at("hello", 2))
IO.inspect(String.split_at("hello", -2))
IO.inspect(String.split_at("hello", 10))
IO.inspect(String.split_at("héllo", 2))
IO.inspect(String.splitter("a,b,c", ",") |> Enum.take(2))
IO.inspect(String.splitter("a, b ,c", [",", " "], trim: true) |> Enum.to_list())

line = "2024-05-01;Alice;42.5;paid"
[date, who, amount, status] = String.split(line, ";")
IO.puts("#{who} paid #{String.to_float(amount)} on #{date} (#{status})")

parse_kv = fn s ->
  s
  |> String.split("&", trim: true)
  |> Enum.map(&String.split(&1, "=", parts: 2))
  |> Enum.map(fn
    [k, v] -> {k, v}
    [k] -> {k, true}
  end)
  |> Map.new()
end
IO.inspect(parse_kv.("a=1&b=2=3&flag&&c="))
IO.inspect(String.split("line1\nline2\r\nline3", ["\r\n", "\n"]))
IO.inspect(String.split("one two", " ", parts: 1))
