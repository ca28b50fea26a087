# Lesson "Processes", section "The Process Mailbox and Message Passing": the
# code block, with pid bound to the script's own process so that the
# message lands in the mailbox the receive reads.
pid = self()

# Send a message to a process
send(pid, {:greet, "Hello!"})

# Receive a message in the current process
receive do
  {:greet, msg} -> IO.puts("Got greeting: #{msg}")
  {:error, reason} -> IO.puts("Error: #{reason}")
after
  5000 -> IO.puts("No message received within 5 seconds")
end
