# Lesson "Processes", section "Links": spawn_link, then the linked process
# raises and the script's process crashes too (exit status 1, the error on
# stderr: "** (EXIT from #PID<...>) an exception was raised: ...").
# The sleep keeps the script alive until the exit signal arrives (otherwise
# the script could end first). The crashed process's logger report would
# come a moment later: the script halts before it is printed.
pid = spawn_link(fn ->
  raise "something went wrong"
end)
# The current process will also crash!
Process.sleep(1_000)
IO.puts("never printed: #{inspect(pid)}")
