user = %{"name" => "Ann"}
IO.inspect(Map.get(user, :name, "unknown"))
IO.puts("Hello " <> user.name)
