IO.puts("working")
exit({:shutdown, 3})
