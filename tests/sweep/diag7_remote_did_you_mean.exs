# Expectation: a misspelt Enum function at the top level: UndefinedFunctionError's did-you-mean list (1.14 = 1.18, Exception.did_you_mean).
list = [3, 1, 2]
IO.inspect(Enum.sortt(list))
