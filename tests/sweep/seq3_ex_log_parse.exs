# Exercise: parse a web server log with named captures and summarise it.
log = """
2024-05-01T10:00:01 GET /index.html 200 512
2024-05-01T10:00:02 GET /about.html 200 1024
2024-05-01T10:00:05 POST /login 302 0
2024-05-01T10:01:00 GET /missing 404 128
2024-05-01T10:01:30 GET /index.html 200 512
bad line here
2024-05-01T10:02:00 GET /admin 500 64
2024-05-01T10:03:00 DELETE /index.html 405 32
"""
re = ~r/^(?<time>\S+) (?<method>[A-Z]+) (?<path>\S+) (?<status>\d{3}) (?<bytes>\d+)$/
{entries, bad} =
  log
  |> String.split("\n", trim: true)
  |> Enum.map(&Regex.named_captures(re, &1))
  |> Enum.split_with(&is_map/1)
IO.puts("parsed #{length(entries)} entries, #{length(bad)} bad")
IO.inspect(hd(entries))
entries =
  Enum.map(entries, fn e ->
    %{e | "status" => String.to_integer(e["status"]), "bytes" => String.to_integer(e["bytes"])}
  end)
IO.inspect(Enum.frequencies_by(entries, & &1["method"]))
IO.inspect(Enum.group_by(entries, &div(&1["status"], 100), & &1["path"]))
IO.inspect(entries |> Enum.map(& &1["bytes"]) |> Enum.sum())
top =
  entries
  |> Enum.frequencies_by(& &1["path"])
  |> Enum.sort_by(fn {p, n} -> {-n, p} end)
  |> Enum.take(2)
IO.inspect(top)
errors = for %{"status" => s, "path" => p} <- entries, s >= 400, do: "#{s} #{p}"
Enum.each(errors, &IO.puts/1)
IO.inspect(Regex.names(re))
IO.inspect(Regex.run(re, "x"))
IO.inspect(Regex.scan(~r/\d{3}/, "200 404 500") |> List.flatten())
IO.inspect(Regex.run(~r/(\w+)@(\w+)/, "mail ana@host now", capture: :all_but_first))
IO.inspect(Regex.run(~r/(?<user>\w+)@/, "ana@host", capture: ["user"]))
IO.inspect(Regex.scan(~r/a(b)?/, "ab a ab", capture: :first))
IO.inspect(Regex.split(~r/\s*,\s*/, "a , b,c ,d"))
IO.inspect(Regex.split(~r/(-)/, "a-b-c", include_captures: true))
IO.inspect(Regex.run(~r/b/, "abcb", return: :index))
IO.inspect(Regex.escape("1.5+2=?"))
IO.inspect(Regex.compile("(unclosed"))
