# Maps of more than 32 keys are hash-ordered on the BEAM (OTP 25 here):
# iteration and inspect follow that order, not the keys' term order.
big = Map.new(1..40, &{&1, &1 * &1})
IO.inspect(Map.keys(big) |> Enum.take(8))
IO.inspect(Enum.take(big, 3))
IO.inspect(map_size(big))
small = Map.new(1..32, &{&1, &1})
IO.inspect(Map.keys(small) |> Enum.take(8))
