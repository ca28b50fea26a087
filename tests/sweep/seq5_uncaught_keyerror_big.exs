inventory = Map.new([
  {"apples", %{count: 10, price: 0.5, tags: ["fruit", "red", "crisp"]}},
  {"bananas", %{count: 25, price: 0.25, tags: ["fruit", "yellow"]}},
  {"carrots", %{count: 40, price: 0.1, tags: ["vegetable", "orange", "root"]}},
  {"dates", %{count: 5, price: 3.0, tags: ["fruit", "dried", "sweet"]}}
])
IO.puts("items: #{map_size(inventory)}")
IO.puts(inventory["apples"].count)
IO.puts(inventory["kiwis"][:count] || 0)
Map.fetch!(inventory, "kiwis")
