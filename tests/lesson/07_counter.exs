# Lesson "Processes", section "Building a Stateful Process with Recursion":
# the Counter module and its iex session. In iex, "Counter stopped at 8" and
# the :stop returned by send/2 are printed by two processes; here the script
# waits for the counter to end before printing send's result, so the order
# is fixed.
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
        # Not calling loop/1 -- the process exits
    end
  end
end

pid = Counter.start(0)
IO.inspect(pid)
IO.inspect(send(pid, {:increment, 5}))
IO.inspect(send(pid, {:increment, 3}))
IO.inspect(send(pid, {:get, self()}))

IO.inspect(
  receive do
    {:count, n} -> n
  end
)

ref = Process.monitor(pid)
sent = send(pid, :stop)

receive do
  {:DOWN, ^ref, :process, ^pid, :normal} -> :ok
end

IO.inspect(sent)
IO.inspect(Process.alive?(pid), label: "alive after :stop")
