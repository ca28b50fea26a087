text = """
The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs!
"""

words =
  text
  |> String.downcase()
  |> String.split(~r/[^a-z]+/, trim: true)

IO.inspect(words, limit: 5)
counts = Enum.frequencies(words)
IO.inspect(counts)

counts
|> Enum.sort_by(fn {w, c} -> {-c, w} end)
|> Enum.take(3)
|> Enum.each(fn {w, c} -> IO.puts("#{w}: #{c}") end)

IO.puts(String.length(text))
IO.puts(byte_size(text))
IO.inspect(String.split(text, "\n"))
IO.inspect(String.split("a,b,,c", ","))
IO.inspect(String.split("a,b,,c", ",", trim: true))
IO.inspect(String.split("  hello   world  "))
IO.inspect(String.split("a-b-c", "-", parts: 2))
IO.inspect(Regex.scan(~r/\b\w{5}\b/, text))
IO.inspect(Regex.run(~r/(\w+) (\w+)/, "hello big world"))
IO.inspect(Regex.named_captures(~r/(?<y>\d{4})-(?<m>\d\d)/, "date: 2024-05"))
IO.inspect(String.replace(text, ~r/the/i, "THE") |> String.slice(0, 20))
IO.inspect(Regex.match?(~r/^\d+$/, "12345"))
IO.inspect(~r/ab+c/)
IO.inspect(String.replace("hello", "l", "L", global: false))
