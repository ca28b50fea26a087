inventory = %{
  "apple" => %{price: 0.5, qty: 100, tags: ["fruit", "red"]},
  "bread" => %{price: 2.25, qty: 10, tags: ["bakery"]},
  "milk" => %{price: 1.2, qty: 0, tags: []}
}

in_stock = for {name, %{qty: q}} <- inventory, q > 0, do: name
IO.inspect(in_stock)

total = Enum.reduce(inventory, 0, fn {_, %{price: p, qty: q}}, acc -> acc + p * q end)
IO.puts("Total value: #{total}")

updated = put_in(inventory["milk"].qty, 25)
IO.inspect(updated["milk"])
updated = update_in(updated["apple"][:qty], &(&1 - 1))
IO.inspect(get_in(updated, ["apple", :qty]))
IO.inspect(get_in(updated, ["nope", :qty]))
{old, new} = {2.25, put_in(updated["bread"].price, 4.5)}
IO.inspect({old, new["bread"].price})
IO.inspect(pop_in(updated["apple"][:tags]))

m = %{a: 1, b: 2}
IO.inspect(Map.put(m, :c, 3))
IO.inspect(Map.delete(m, :a))
IO.inspect(Map.merge(m, %{b: 20, d: 4}))
IO.inspect(Map.merge(m, %{b: 20}, fn _k, v1, v2 -> v1 + v2 end))
IO.inspect(Map.update(m, :a, 0, &(&1 + 10)))
IO.inspect(Map.update(m, :z, 0, &(&1 + 10)))
IO.inspect(Map.update!(m, :b, &(&1 * 3)))
IO.inspect(Map.get(m, :zz, :default))
IO.inspect(Map.fetch(m, :a))
IO.inspect(Map.fetch(m, :q))
IO.inspect(Map.has_key?(m, :b))
IO.inspect(Map.keys(m))
IO.inspect(Map.values(m))
IO.inspect(Map.to_list(m))
IO.inspect(Map.take(m, [:a, :x]))
IO.inspect(Map.drop(m, [:a]))
IO.inspect(Map.split(m, [:a]))
IO.inspect(Map.filter(m, fn {_k, v} -> v > 1 end))
IO.inspect(Map.reject(m, fn {_k, v} -> v > 1 end))
IO.inspect(Map.new([{:x, 1}, {:y, 2}]))
IO.inspect(Map.new(1..3, fn i -> {i, i * i} end))
IO.inspect(Map.from_struct(%URI{}) |> map_size())
IO.inspect(Map.pop(m, :a))
IO.inspect(Map.pop(m, :nope, 0))
IO.inspect(Map.get_lazy(m, :k, fn -> :lazy end))
IO.inspect(Map.put_new(m, :a, 99))
IO.inspect(Map.replace(m, :a, 99))
IO.inspect(Map.equal?(%{a: 1}, %{a: 1.0}))
IO.inspect(%{m | a: 100})
IO.inspect(m.a)
IO.inspect(m[:missing])
%{a: a_val} = m
IO.inspect(a_val)
IO.inspect(Enum.into([c: 3], m))
IO.inspect(Enum.map(m, fn {k, v} -> {v, k} end) |> Enum.into(%{}))
