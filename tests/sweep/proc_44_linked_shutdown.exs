# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_44_linked_shutdown.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# A linked process exiting with :shutdown still kills the script (only
# :normal is harmless), and the status is 1.
parent = self()

spawn_link(fn ->
  send(parent, {:working, self()})
  receive do: (:stop -> exit(:shutdown))
end)

worker =
  receive do
    {:working, pid} -> IO.puts("worker is working"); pid
  end

send(Process.whereis(:nobody) || self(), :noise)
IO.inspect(Process.info(self(), :message_queue_len), label: "queue")
IO.inspect(worker in elem(Process.info(self(), :links), 1), label: "linked")
send(worker, :stop)
Process.sleep(200)
IO.puts("never")
