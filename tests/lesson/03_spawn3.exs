# Lesson "Processes", section "Spawning Processes": spawn/3 with a module,
# function and arguments.
pid = spawn(IO, :puts, ["Hello from spawn/3"])
ref = Process.monitor(pid)

receive do
  {:DOWN, ^ref, :process, ^pid, _reason} -> IO.puts("the spawn/3 process has ended")
end
