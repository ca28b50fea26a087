IO.inspect(Enum.max([3, 1]))
Enum.max([])
