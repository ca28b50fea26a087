# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_13_process_info_fields.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Process.info/2 with single items and lists on a waiting process, and on
# a dead one (nil).
parent = self()
pid =
  spawn(fn ->
    Process.put(:role, :worker)
    Process.flag(:trap_exit, true)
    send(parent, :ready)
    receive do: (:stop -> :ok)
  end)

receive do: (:ready -> :ok)
Process.sleep(20)
Process.link(pid)
send(pid, :ignored)
Process.sleep(20)

IO.inspect(Process.info(pid, :status))
IO.inspect(Process.info(pid, :message_queue_len))
IO.inspect(Process.info(pid, :messages))
IO.inspect(Process.info(pid, :links) == {:links, [self()]})
IO.inspect(Process.info(pid, :trap_exit))
IO.inspect(Process.info(pid, :dictionary))
IO.inspect(Process.info(pid, :registered_name))
IO.inspect(Process.info(pid, [:status, :trap_exit, :message_queue_len]))
IO.inspect(Process.info(pid, :current_function))
Process.unlink(pid)
send(pid, :stop)
Process.sleep(20)
IO.inspect(Process.info(pid, :status), label: "dead")
IO.inspect(Process.info(pid), label: "dead full")
IO.inspect(Process.info(pid, [:status]), label: "dead list")
