# Lesson "Processes", section "Monitors": the code block as it stands.
pid = spawn(fn ->
  Process.sleep(1000)
  exit(:normal)
end)

ref = Process.monitor(pid)

receive do
  {:DOWN, ^ref, :process, ^pid, reason} ->
    IO.puts("Process exited with reason: #{inspect(reason)}")
end
