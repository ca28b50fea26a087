# Lesson "Processes", section "Spawning Processes": the first code block.
# The script waits for the process to finish (real Elixir halts as soon as
# the script's last line is done, and the greeting would be lost).
pid =
  spawn(fn ->
    IO.puts("Hello from process #{inspect(self())}")
  end)

ref = Process.monitor(pid)

receive do
  {:DOWN, ^ref, :process, ^pid, _reason} -> :ok
end

IO.puts("the spawned process printed its own pid, not #{inspect(self())}")
