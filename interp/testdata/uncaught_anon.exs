check = fn
  x when x > 0 -> :pos
  0 -> :zero
end

IO.inspect(check.(1))
Enum.map([1, -1], check)
