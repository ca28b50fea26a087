# Expectation: an end too many inside a call: 1.18 elixir_tokenizer mismatched delimiter against the call's ( (MismatchedDelimiterError, same line layout).
list = Enum.map([1, 2], fn x -> x end end)
IO.inspect(list)
