# Lesson "Processes", the mailbox iex transcript: send/2 returns the message,
# receive returns the value of the matching clause.
IO.inspect(send(self(), {:hello, "world"}))

IO.inspect(
  receive do
    {:hello, name} -> "Got: #{name}"
  end
)
