scores = []
IO.inspect(Enum.sum(scores))
IO.inspect(Enum.max(scores, fn -> :none end))
IO.inspect(Enum.max(scores))
