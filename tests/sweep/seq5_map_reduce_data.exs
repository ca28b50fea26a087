# Data crunching on a list of maps: grouping, totals, reports.
orders = [
  %{id: 1, customer: "ann", items: [%{sku: "A1", qty: 2, price: 9.99}, %{sku: "B2", qty: 1, price: 24.5}], status: :paid},
  %{id: 2, customer: "bob", items: [%{sku: "A1", qty: 1, price: 9.99}], status: :pending},
  %{id: 3, customer: "ann", items: [%{sku: "C3", qty: 5, price: 1.25}], status: :paid},
  %{id: 4, customer: "cy", items: [], status: :cancelled},
  %{id: 5, customer: "bob", items: [%{sku: "B2", qty: 2, price: 24.5}, %{sku: "C3", qty: 1, price: 1.25}], status: :paid}
]
total = fn order -> Enum.reduce(order.items, 0, fn i, acc -> acc + i.qty * i.price end) end
IO.inspect(Enum.map(orders, &{&1.id, Float.round(total.(&1) * 1.0, 2)}))
IO.inspect(orders |> Enum.filter(&(&1.status == :paid)) |> Enum.map(total) |> Enum.sum() |> Float.round(2))
by_customer = Enum.group_by(orders, & &1.customer)
IO.inspect(Map.keys(by_customer))
IO.inspect(Map.new(by_customer, fn {c, os} -> {c, length(os)} end))
IO.inspect(for {c, os} <- by_customer, into: %{}, do: {c, (os |> Enum.map(total) |> Enum.sum()) * 1.0 |> Float.round(2)})
skus = orders |> Enum.flat_map(& &1.items) |> Enum.group_by(& &1.sku, & &1.qty) |> Map.new(fn {k, v} -> {k, Enum.sum(v)} end)
IO.inspect(skus)
IO.inspect(Enum.max_by(skus, fn {_, q} -> q end))
IO.inspect(Enum.frequencies_by(orders, & &1.status))
IO.inspect(Enum.split_with(orders, &(&1.items == [])) |> then(fn {a, b} -> {length(a), length(b)} end))
report =
  orders
  |> Enum.sort_by(&total.(&1), :desc)
  |> Enum.map(fn o -> "##{o.id} #{String.pad_trailing(o.customer, 4)} #{o.status |> to_string() |> String.pad_trailing(9)} #{:erlang.float_to_binary(total.(o) * 1.0, decimals: 2)}" end)
Enum.each(report, &IO.puts/1)
IO.inspect(get_in(orders, [Access.at(0), :items, Access.at(1), :sku]))
IO.inspect(update_in(orders, [Access.filter(&(&1.status == :pending)), :status], fn _ -> :paid end) |> Enum.map(& &1.status))
IO.inspect(Enum.reduce(orders, %{}, fn o, acc -> Map.update(acc, o.status, [o.id], &(&1 ++ [o.id])) end))
IO.inspect(orders |> Enum.map(& &1.items) |> List.flatten() |> length())
IO.inspect(Enum.zip_with(orders, tl(orders), fn a, b -> b.id - a.id end))
IO.inspect(orders |> Enum.chunk_by(& &1.customer) |> Enum.map(&length/1))
IO.inspect(Enum.find(orders, &(&1.customer == "zed")))
IO.inspect(Enum.any?(orders, &(&1.status == :cancelled)))
IO.inspect(orders |> Enum.map(& &1.customer) |> Enum.uniq() |> Enum.sort(:desc))
IO.inspect(hd(orders))
