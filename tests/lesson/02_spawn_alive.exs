# Lesson "Processes", section "Spawning Processes": the iex transcript.
# iex prints each value; the script prints them with IO.inspect. Process.alive?
# is asked only once the process has surely finished (after its :DOWN; the
# reason is :noproc when the process ended before the monitor was set).
pid = spawn(fn -> IO.puts("Hello from a new process!") end)
ref = Process.monitor(pid)

receive do
  {:DOWN, ^ref, :process, ^pid, _reason} -> :ok
end

IO.inspect(pid)
IO.inspect(self())
IO.inspect(Process.alive?(pid))
IO.inspect(is_pid(pid) and pid != self(), label: "a different process")
