# Fuzzy matching with jaro_distance, bag_distance and myers_difference.
commands = ~w(status commit push pull checkout branch merge)
suggest = fn input ->
  commands
  |> Enum.map(&{&1, String.jaro_distance(input, &1)})
  |> Enum.filter(fn {_, d} -> d > 0.7 end)
  |> Enum.sort_by(fn {_, d} -> d end, :desc)
  |> Enum.map(&elem(&1, 0))
end
IO.inspect(suggest.("stauts"))
IO.inspect(suggest.("pul"))
IO.inspect(suggest.("xyz"))
for {a, b} <- [{"martha", "marhta"}, {"dwayne", "duane"}, {"dixon", "dicksonx"}, {"", ""}, {"abc", ""}, {"same", "same"}, {"élan", "elan"}] do
  IO.puts("#{inspect(a)} ~ #{inspect(b)}: #{String.jaro_distance(a, b)}")
end
IO.inspect(String.bag_distance("abc", "cba"))
IO.inspect(String.bag_distance("abc", "xyz"))
IO.inspect(String.bag_distance("kitten", "sitting"))
IO.inspect(String.myers_difference("abc", "abd"))
IO.inspect(String.myers_difference("kitten", "sitting"))
IO.inspect(String.myers_difference("", "new"))
IO.inspect(String.myers_difference("same", "same"))
IO.inspect(String.myers_difference("héllo", "hallo"))
diff = String.myers_difference("the quick fox", "the slow fox")
rendered =
  Enum.map_join(diff, fn
    {:eq, s} -> s
    {:del, s} -> "[-#{s}-]"
    {:ins, s} -> "{+#{s}+}"
  end)
IO.puts(rendered)
IO.inspect(List.myers_difference(~w(a b c d), ~w(a c d e)))
IO.inspect(List.myers_difference([1, 2, 3], [1, 2, 3]))
IO.inspect(List.myers_difference([1, 2], [3, 4], fn a, b -> if a + 2 == b, do: [a], else: nil end))
