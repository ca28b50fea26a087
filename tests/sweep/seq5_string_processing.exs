# Text processing exercises: word counts, palindromes, anagrams, ciphers.
text = """
The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
Never odd or even.
"""
words = text |> String.downcase() |> String.split(~r/[^\p{L}']+/u, trim: true)
IO.inspect(length(words), label: "words")
IO.inspect(words |> Enum.frequencies() |> Enum.sort_by(fn {w, c} -> {-c, w} end) |> Enum.take(5))
lines = String.split(text, "\n", trim: true)
for {line, i} <- Enum.with_index(lines, 1), do: IO.puts("#{String.pad_leading(Integer.to_string(i), 3)}: #{line}")
palindrome? = fn s ->
  clean = s |> String.downcase() |> String.replace(~r/[^a-z]/, "")
  clean == String.reverse(clean)
end
IO.inspect(Enum.map(["Never odd or even.", "Racecar", "hello", "A man, a plan, a canal: Panama"], palindrome?))
anagram? = fn a, b -> Enum.sort(String.graphemes(String.downcase(a))) == Enum.sort(String.graphemes(String.downcase(b))) end
IO.inspect(anagram?.("Listen", "Silent"))
IO.inspect(anagram?.("abc", "abd"))
caesar = fn s, k ->
  for <<c <- s>>, into: "" do
    cond do
      c in ?a..?z -> <<rem(c - ?a + k, 26) + ?a>>
      c in ?A..?Z -> <<rem(c - ?A + k, 26) + ?A>>
      true -> <<c>>
    end
  end
end
IO.puts(caesar.("Hello, World!", 3))
IO.puts(caesar.(caesar.("Hello, World!", 3), 23))
acronym = fn s -> s |> String.split(~r/[\s-]+/) |> Enum.map(&String.first/1) |> Enum.join() |> String.upcase() end
IO.puts(acronym.("Portable Network Graphics"))
IO.puts(acronym.("complementary metal-oxide semiconductor"))
IO.puts(String.split("hello world from elixir") |> Enum.map(&String.capitalize/1) |> Enum.join(" "))
IO.inspect(String.split("key1=val1;key2=val2;bad;key3=", ";") |> Enum.map(&String.split(&1, "=", parts: 2)))
IO.inspect("2024-03-15" |> String.split("-") |> Enum.map(&String.to_integer/1))
IO.inspect(String.graphemes("héllo wörld") |> Enum.frequencies() |> Map.get("l"))
vowels = fn s -> s |> String.downcase() |> String.graphemes() |> Enum.count(&(&1 in ~w(a e i o u))) end
IO.inspect(vowels.("Programming in Elixir"))
IO.puts(String.duplicate("=", 20))
IO.puts(String.pad_trailing("Name", 10) <> "|" <> String.pad_leading("Qty", 5))
for {n, q} <- [{"apple", 3}, {"kiwi", 12}, {"watermelon", 1}] do
  IO.puts(String.pad_trailing(n, 10) <> "|" <> String.pad_leading(Integer.to_string(q), 5))
end
IO.inspect(String.slice("elixir", 1..3))
IO.inspect(String.slice("elixir", -3..-1))
IO.inspect("abc" |> String.to_charlist() |> Enum.map(&(&1 + 1)) |> List.to_string())
IO.inspect(Regex.scan(~r/\b\w{5}\b/, text) |> List.flatten())
IO.inspect(String.replace(text, ~r/\s+/, " ") |> String.length())
rle = fn s -> Regex.scan(~r/(.)\1*/, s) |> Enum.map(fn [run, ch] -> "#{String.length(run)}#{ch}" end) |> Enum.join() end
IO.puts(rle.("aaabbbcccd"))
IO.inspect(String.myers_difference("kitten", "sitting"))
IO.inspect(to_string(:hello) <> to_string(42) <> to_string(1.5) <> to_string([?a, "b"]))
