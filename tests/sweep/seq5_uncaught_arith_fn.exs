average = fn list -> Enum.sum(list) / length(list) end
IO.puts(average.([1, 2, 3]))
IO.puts(average.([10]))
data = [a: [1, 2], b: []]
Enum.each(data, fn {k, v} -> IO.puts("#{k}: #{average.(v)}") end)
