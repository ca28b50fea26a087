# System.halt with a status after output; stderr via IO.puts(:stderr).
IO.puts("starting")
IO.puts(:stderr, "warning: something odd")
total = Enum.sum([1, 2, 3])
if total > 5 do
  IO.puts("total #{total} too big")
  System.halt(3)
end
IO.puts("never")
