IO.inspect(String.to_integer("42"))
IO.inspect(List.first([]))
IO.inspect(hd([]))
