# Lesson "Processes", the Elixir side of the comparison with Python and Go:
# a process waiting for work. The script waits for the worker to finish.
pid = spawn(fn ->
  receive do
    {:work, data} -> IO.puts("Processing: #{data}")
  end
end)
ref = Process.monitor(pid)
send(pid, {:work, "hello"})

receive do
  {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "worker done")
end
