words = ["a", "b"]
IO.puts(Enum.join(words, ","))
IO.puts(String.uppercase("abc"))
