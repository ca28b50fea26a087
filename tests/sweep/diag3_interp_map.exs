# Expectation: a map interpolated in a string: String.Chars Protocol.UndefinedError, 1.18 wording.
user = %{name: "Ann"}
IO.puts("user: #{user}")
