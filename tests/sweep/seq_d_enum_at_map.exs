scores = %{ann: 3, bob: 5}
IO.inspect(Enum.at(scores, 0))
IO.inspect(Enum.sum(Map.values(scores)))
inputs = ["3", "4"]
IO.inspect(Enum.sum(inputs))
