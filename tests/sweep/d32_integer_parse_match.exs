{n, ""} = Integer.parse("12abc")
IO.inspect(n)
