input = "12, 7, x, 3"
nums = input |> String.split(", ") |> Enum.map(&String.to_integer/1)
IO.inspect(nums)
