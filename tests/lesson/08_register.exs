# Lesson "Processes", section "self() and Process Identification": a counter
# registered under a name, and the warning that follows it: names are atoms,
# one process per name, freed when the process dies, and registering a taken
# name raises.
defmodule Counter do
  def start(initial_count \\ 0) do
    spawn(fn -> loop(initial_count) end)
  end

  defp loop(count) do
    receive do
      {:increment, amount} ->
        loop(count + amount)

      {:get, caller} ->
        send(caller, {:count, count})
        loop(count)

      :stop ->
        IO.puts("Counter stopped at #{count}")
    end
  end
end

pid = Counter.start(0)
Process.register(pid, :my_counter)
send(:my_counter, {:increment, 10})

send(:my_counter, {:get, self()})

receive do
  {:count, n} -> IO.puts("count by name: #{n}")
end

IO.inspect(Process.whereis(:my_counter) == pid, label: "whereis gives the pid")

other = Counter.start(0)

try do
  Process.register(other, :my_counter)
rescue
  e in ArgumentError -> IO.puts(String.replace(e.message, inspect(other), "PID"))
end

ref = Process.monitor(pid)
send(:my_counter, :stop)

receive do
  {:DOWN, ^ref, :process, ^pid, :normal} -> :ok
end

IO.inspect(Process.whereis(:my_counter), label: "name after the process died")
IO.inspect(Process.register(other, :my_counter), label: "name free again")
ref = Process.monitor(other)
send(:my_counter, :stop)

receive do
  {:DOWN, ^ref, :process, ^other, :normal} -> :ok
end
