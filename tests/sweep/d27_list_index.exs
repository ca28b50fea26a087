list = [1, 2, 3]
IO.inspect(Enum.at(list, 5))
IO.inspect(elem({1, 2}, 5))
