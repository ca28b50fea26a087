# Records Path's pure functions on every path over {a . /} up to 5 characters.
alpha = ["a", ".", "/"]
strs = fn n -> Enum.reduce(1..n, [""], fn _, acc -> acc ++ for(s <- acc, String.length(s) < n, c <- alpha, do: s <> c) end) |> Enum.uniq() end
all = strs.(5) |> Enum.sort_by(&{String.length(&1), &1})
short = strs.(3) |> Enum.sort_by(&{String.length(&1), &1})
exts = ["", ".a", "a", ".", "a.a", "/", "/a"]
r = fn f -> try do inspect(f.()) rescue e -> "raise " <> inspect(e.__struct__) end end
for p <- all do
  IO.puts Enum.join([inspect(p), r.(fn -> Path.basename(p) end), r.(fn -> Path.dirname(p) end), r.(fn -> Path.extname(p) end), r.(fn -> Path.rootname(p) end), r.(fn -> Path.split(p) end), r.(fn -> Path.type(p) end), r.(fn -> Path.relative(p) end)], "\t")
end
for p <- all, e <- exts do
  IO.puts Enum.join(["ext", inspect(p), inspect(e), r.(fn -> Path.basename(p, e) end), r.(fn -> Path.rootname(p, e) end)], "\t")
end
for a <- short, b <- short do
  IO.puts Enum.join(["pair", inspect(a), inspect(b), r.(fn -> Path.join(a, b) end), r.(fn -> Path.absname(a, b) end)], "\t")
end
