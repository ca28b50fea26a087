# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_33_queue_len_and_messages.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Process.info/2 on another process: its message_queue_len and messages
# while it is not receiving, and after it has read them.
me = self()

worker =
  spawn(fn ->
    receive do: (:start -> :ok)

    for _ <- 1..3 do
      receive do: ({:job, _} -> :ok)
    end

    send(me, :read_all)

    receive do: (:never -> :ok)
  end)

for i <- 1..3, do: send(worker, {:job, i})
Process.sleep(10)
IO.inspect(Process.info(worker, :message_queue_len), label: "waiting")
IO.inspect(Process.info(worker, :messages), label: "messages")
send(worker, :start)
receive do: (:read_all -> :ok)
Process.sleep(50)
IO.inspect(Process.info(worker, [:message_queue_len, :messages]), label: "after reading")
IO.inspect(Process.info(worker, :status), label: "status")
Process.exit(worker, :kill)
Process.sleep(10)
IO.inspect(Process.info(worker, :message_queue_len), label: "dead")
