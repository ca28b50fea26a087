classify = fn
  x when x > 0 -> :pos
  0 -> :zero
end
IO.inspect(classify.(1))
IO.inspect(classify.(-1))
