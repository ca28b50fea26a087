# Pretty-printing nested data at the default width of 80.
users = [
  %{name: "Alice Wonderland", email: "alice@example.com", roles: [:admin, :editor], age: 31},
  %{name: "Bob Builder", email: "bob@example.com", roles: [:viewer], age: 45},
  %{name: "Carol", email: "carol@example.com", roles: [], age: 27}
]

IO.inspect(users)
IO.inspect(users, label: "users")
IO.inspect(Enum.map(users, &Map.take(&1, [:name, :age])))

config = [
  database: [host: "localhost", port: 5432, username: "postgres", password: "secret"],
  cache: [ttl: 3600, backend: :redis],
  features: %{dark_mode: true, beta: false, languages: ["en", "fr", "de", "es", "it", "pt"]}
]

IO.inspect(config)
IO.inspect({[1, 2, 3], [4, 5, 6], ["a long string number one", "a long string number two"]})
IO.inspect(Enum.to_list(1..40))
IO.inspect(Enum.map(1..12, fn i -> {i, String.duplicate("x", i)} end))
IO.inspect(%{"a" => 1, b: 2})
IO.inspect(%{1 => :one, :two => 2, "three" => 3, {4} => [4], [5] => 5.0})
IO.inspect(%{list: Enum.to_list(1..30), nested: %{deep: %{deeper: %{deepest: "bottom of the map here"}}}})
IO.inspect([[1, 2], [3, [4, [5, [6, [7, [8]]]]]]])
IO.inspect([a: 1, b: [c: 2, d: [e: 3]]])
IO.inspect([{:a, 1}, {"b", 2}])
IO.inspect([{:a, 1}, {:b, 2, 3}])
IO.inspect(["short", "a much much longer string that goes on and on and on", "and another quite long string"])
