# Text processing exercise: word frequencies and a formatted report.
text = """
The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs! Quick, quick: the end.
"""

words =
  text
  |> String.downcase()
  |> String.replace(~r/[^a-z\s]/u, "")
  |> String.split()

freq = Enum.frequencies(words)
top =
  freq
  |> Enum.sort_by(fn {w, c} -> {-c, w} end)
  |> Enum.take(5)

IO.puts("Words: #{length(words)}, unique: #{map_size(freq)}")
IO.puts(String.duplicate("=", 24))
for {{w, c}, i} <- Enum.with_index(top, 1) do
  IO.puts("#{String.pad_leading(Integer.to_string(i), 2)}. #{String.pad_trailing(w, 8)} #{String.duplicate("*", c)} (#{c})")
end
IO.puts(String.duplicate("=", 24))
longest = Enum.max_by(words, &String.length/1)
IO.puts("Longest: #{longest} (#{String.length(longest)} letters)")
by_len = Enum.group_by(Enum.uniq(words), &String.length/1)
for len <- by_len |> Map.keys() |> Enum.sort() do
  IO.puts("#{len}: #{by_len[len] |> Enum.sort() |> Enum.join(", ")}")
end
avg = Enum.sum(Enum.map(words, &String.length/1)) / length(words)
IO.puts("Average length: #{Float.round(avg, 2)}")
IO.puts("Average length: #{:erlang.float_to_binary(avg, decimals: 3)}")
caps = words |> Enum.uniq() |> Enum.map(&String.capitalize/1) |> Enum.join(" ")
IO.puts(caps)
IO.inspect(freq, label: "freq")
