# How inspect breaks big nested data at 80 columns.
orders = [
  %{id: 1001, customer: "Ana Lopes", items: [{"keyboard", 2, 49.9}, {"mouse", 1, 19.5}], status: :shipped},
  %{id: 1002, customer: "Ben Carter", items: [{"monitor", 1, 199.0}], status: :pending},
  %{id: 1003, customer: "Caro Diaz", items: [], status: :cancelled}
]
IO.inspect(orders)
IO.inspect({:ok, orders |> hd() |> Map.take([:id, :items])})
IO.inspect(Enum.map(orders, &{&1.id, &1.customer, &1.status}))
IO.inspect([config: [host: "example.com", port: 8080, paths: ["/api/v1", "/api/v2", "/health"]], debug: true])
IO.inspect(%{"a string key that is long" => [1, 2, 3], "another long string key here" => %{nested: :map}})
IO.inspect(Enum.to_list(1..40) |> Enum.map(&Integer.to_string/1))
IO.inspect(List.duplicate("word", 20))
IO.inspect({:a_long_tuple_tag, "with a string that pushes it", [1, 2, 3], %{and: "a map"}, :end})
IO.inspect([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
IO.inspect(for i <- 1..6, into: %{}, do: {i, String.duplicate("x", i * 3)})
IO.inspect(%{matrix: for(r <- 1..4, do: for(c <- 1..8, do: r * c))})
IO.inspect(["short", %{k: "v"}, {1, 2}], width: 20)
IO.inspect(MapSet.new(Enum.map(1..30, &"item#{&1}")))
IO.inspect(Map.new(1..12, &{:"key_#{&1}", &1}))
