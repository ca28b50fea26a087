t = {:ok, 1}
IO.inspect(put_elem(t, 1, 2))
IO.inspect(tuple_size(t))
IO.inspect(elem(t, 2))
