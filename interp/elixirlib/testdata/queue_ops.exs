# Erlang's :queue: its {rear, front} shape after a long run of in/out/
# in_r/out_r/drop/filter operations, and split/2 at every position.
ops = for i <- 1..300, do: rem(i * 7919 + div(i, 3) * 31, 9)
Enum.reduce(Enum.with_index(ops), :queue.new(), fn {op, i}, q ->
  q2 =
    case op do
      o when o in [0, 1, 2] -> :queue.in(i + 1000, q)
      3 -> :queue.in_r(i + 1000, q)
      4 -> elem(:queue.out(q), 1)
      5 -> elem(:queue.out_r(q), 1)
      6 -> if :queue.is_empty(q), do: q, else: :queue.drop(q)
      7 -> if :queue.is_empty(q), do: q, else: :queue.drop_r(q)
      8 -> :queue.filter(&(rem(&1, 5) != 0), q)
    end
  IO.inspect(q2)
  q2
end)
IO.inspect(:queue.from_list(Enum.to_list(1..3)))
IO.inspect(:queue.from_list(Enum.to_list(1..2)))
IO.inspect(:queue.split(2, :queue.from_list(Enum.to_list(1..6))))
for n <- 0..8, len <- [0, 1, 2, 5, 8] do
  q = Enum.reduce(1..len//1, :queue.new(), fn i, q -> :queue.in(i + 1000, q) end)
  q = if len > 3, do: elem(:queue.out(q), 1), else: q
  r = try do
    :queue.split(n, q)
  rescue
    _ -> :badarg
  end
  IO.inspect({n, len, q, r})
end
