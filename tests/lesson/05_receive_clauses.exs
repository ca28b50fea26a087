# Lesson "Processes", section "The Process Mailbox and Message Passing": the
# same receive, once for each of its clauses: a greeting, an error, and an
# empty mailbox (the after clause fires after 5 seconds).
check = fn ->
  receive do
    {:greet, msg} -> IO.puts("Got greeting: #{msg}")
    {:error, reason} -> IO.puts("Error: #{reason}")
  after
    5000 -> IO.puts("No message received within 5 seconds")
  end
end

send(self(), {:error, "disk full"})
send(self(), {:greet, "Hello!"})
# The mailbox is read in order: the error came first.
check.()
check.()
check.()
