# Logger: a message ending in "\n" is followed by a blank line; what a
# process logs before it sends a message prints before what the receiver
# then prints; a report logged just before the script ends is printed
# (Elixir's CLI flushes the logger before halting).
require Logger
Logger.error("ends with a newline\n")
Process.sleep(50)
IO.puts("after the sleep")
main = self()
spawn(fn ->
  Logger.error("logged by a process")
  send(main, :logged)
end)
receive do
  :logged -> IO.puts("the receiver prints after the report")
end
Logger.error(fn -> "lazy message" end)
Process.sleep(50)
Logger.error("last words")
