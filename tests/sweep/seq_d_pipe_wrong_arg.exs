"hello world"
|> String.split()
|> Enum.map(&String.capitalize/1)
|> Enum.join(" ")
|> IO.puts()

[1, 2, 3]
|> Enum.map(&(&1 * 2))
|> String.join(",")
|> IO.puts()
