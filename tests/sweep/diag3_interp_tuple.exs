# Expectation: to_string of a tuple: String.Chars Protocol.UndefinedError, 1.18 wording.
result = {:ok, 5}
IO.puts("result: " <> to_string(result))
