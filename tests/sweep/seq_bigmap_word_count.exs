# A word count over a paragraph of more than 32 distinct words. Maps of
# more than 32 keys are hash tries on the BEAM: printing, Enum and for
# follow the trie, not the words' order.
text = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct
to Heaven, we were all going direct the other way
"""

words =
  text
  |> String.downcase()
  |> String.split(~r/[^a-z]+/, trim: true)

counts =
  Enum.reduce(words, %{}, fn word, acc ->
    Map.update(acc, word, 1, &(&1 + 1))
  end)

IO.puts("distinct words: #{map_size(counts)}")
IO.inspect(counts)

Enum.each(counts, fn {word, n} ->
  if n > 2, do: IO.puts("#{word}: #{n}")
end)

top =
  counts
  |> Enum.sort_by(fn {_word, n} -> -n end)
  |> Enum.take(8)

IO.inspect(top, label: "top")

for {word, 1} <- counts, String.length(word) > 6 do
  IO.puts("once: " <> word)
end

IO.inspect(Map.keys(counts) |> Enum.take(5), label: "first keys")
IO.inspect(Enum.frequencies_by(counts, fn {_, n} -> n end), label: "by count")
