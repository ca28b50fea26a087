items = [{:ok, 1}, {:ok, 2}, {:error, :bad}]
values = Enum.map(items, fn {:ok, v} -> v * 10 end)
IO.inspect(values)
