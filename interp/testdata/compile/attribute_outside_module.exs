@limit 10
IO.puts(@limit)
