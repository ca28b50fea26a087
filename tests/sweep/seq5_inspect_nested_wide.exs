# inspect's 80-column line breaking on data learners build.
library = %{
  books: [
    %{title: "Programming Elixir", author: "Dave Thomas", year: 2018, tags: [:elixir, :fp]},
    %{title: "Elixir in Action", author: "Saša Jurić", year: 2019, tags: [:elixir, :otp, :beam]},
    %{title: "Designing Elixir Systems", author: "Bruce Tate", year: 2019, tags: []}
  ],
  members: %{"ann" => {:active, ~D[2024-01-01]}, "bob" => {:suspended, nil}},
  settings: [max_loans: 5, fine_per_day: 0.25, open_hours: {9, 17}, holidays: [~D[2024-12-25]]]
}
IO.inspect(library)
IO.inspect(library, width: 60)
IO.inspect(library, width: 120)
IO.inspect(library.books, limit: 2)
IO.inspect(library.settings)
IO.inspect(Map.to_list(library.members))
IO.inspect({library.settings, library.members})
IO.inspect([library.settings])
IO.inspect(%{deep: %{deeper: %{deepest: %{value: Enum.to_list(1..25)}}}})
IO.inspect(Enum.chunk_every(1..50, 10))
IO.inspect(Enum.map(1..8, &{&1, String.duplicate("ab", &1)}))
IO.inspect(List.duplicate(%{id: 1, name: "x"}, 5))
IO.inspect({:ok, %{status: 200, headers: [{"content-type", "application/json"}, {"content-length", "1234"}], body: "{}"}})
IO.inspect(["a long string number one", "a long string number two", "three"], width: 40)
IO.inspect([very_long_keyword_name_one: 1, very_long_keyword_name_two: 2, very_long_keyword_name_three: 3])
IO.inspect(%{"k" => [1, 2, 3], "j" => %{"nested" => ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"]}})
IO.inspect(for(i <- 1..3, do: %{row: i, cells: Enum.to_list(i..(i + 12))}))
IO.inspect({1, {2, {3, {4, {5, {6, {7, {8, {9, {10, {11, {12, {13, {14, {15, :end}}}}}}}}}}}}}}})
IO.inspect(Enum.reduce(1..24, :deep, fn _, acc -> [acc] end))
IO.inspect(String.duplicate("x", 100))
IO.inspect([String.duplicate("y", 90)])
IO.inspect(%{key: String.duplicate("z", 85)})
IO.inspect(1..100 |> Enum.map(&(&1 * 1000)))
IO.inspect(Enum.zip(1..10, ~w(one two three four five six seven eight nine ten)) |> Map.new())
IO.inspect(MapSet.new(~w(elixir erlang gleam lfe clojure haskell ocaml rust go zig)))
IO.inspect(Keyword.new(1..6, &{:"option_#{&1}", &1 * 11}))
IO.puts(inspect(library.books, pretty: true, width: 50))
