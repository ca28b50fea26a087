# Enum.frequencies of the characters of a sentence: more than 32 distinct
# graphemes make a hash-trie map on the BEAM.
sentence = "The Quick Brown Fox Jumps Over The Lazy Dog, 0123456789 times!"
freq = Enum.frequencies(String.graphemes(sentence))

IO.puts(map_size(freq))
IO.inspect(freq)
IO.inspect(Map.to_list(freq) |> Enum.take(6))
IO.inspect(Enum.map(freq, fn {ch, _} -> ch end) |> Enum.join())
IO.inspect(Enum.max_by(freq, fn {_, n} -> n end))
IO.inspect(Enum.filter(freq, fn {_, n} -> n > 1 end))

# Below 33 keys the map is flat again and sorted.
small = Map.drop(freq, ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"])
IO.puts(map_size(small))
IO.inspect(small)
