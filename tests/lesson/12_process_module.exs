# Lesson "Processes", section "The Process Module": each call of the code
# block, with its result made visible in a way that does not depend on the
# machine (Process.info/1's values vary; its keys and shape do not).
info = Process.info(self())
IO.inspect(Keyword.keyword?(info), label: "Process.info/1 gives a keyword list")
IO.inspect(info[:message_queue_len], label: "message_queue_len")
IO.inspect(info[:trap_exit], label: "trap_exit")

IO.inspect(Process.sleep(1000), label: "Process.sleep")

IO.inspect(Process.flag(:trap_exit, true), label: "trap_exit was")

timer = Process.send_after(self(), :timeout, 5000)
IO.inspect(is_reference(timer), label: "send_after gives a reference")

receive do
  :timeout -> IO.puts("got :timeout after 5 seconds")
end

pid = spawn(fn -> :done end)
ref = Process.monitor(pid)

receive do
  {:DOWN, ^ref, :process, ^pid, _} -> :ok
end

IO.inspect(Process.alive?(self()), label: "self alive")
IO.inspect(Process.alive?(pid), label: "finished process alive")
