result =
  with {:ok, a} <- {:ok, 1},
       {:ok, b} <- {:error, :nope} do
    a + b
  else
    {:error, :other} -> 0
  end
IO.inspect(result)
