# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_41_demonitor_flush.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# demonitor with [:flush] removes a :DOWN already in the mailbox; plain
# demonitor leaves it; [:info] says whether a monitor was removed.
{pid, ref} = spawn_monitor(fn -> :ok end)
Process.sleep(50)
IO.inspect(Process.demonitor(ref), label: "demonitor")
IO.inspect(Process.info(self(), :message_queue_len), label: "queue")
receive do: ({:DOWN, ^ref, _, _, _} -> IO.puts("DOWN was still there"))
{_pid2, ref2} = spawn_monitor(fn -> :ok end)
Process.sleep(50)
IO.inspect(Process.demonitor(ref2, [:flush]), label: "flush")
IO.inspect(Process.info(self(), :message_queue_len), label: "queue")
live = spawn(fn -> receive do: (:stop -> :ok) end)
ref3 = Process.monitor(live)
IO.inspect(Process.demonitor(ref3, [:info]), label: "info live")
IO.inspect(Process.demonitor(ref3, [:info]), label: "info again")
IO.inspect(Process.demonitor(make_ref()), label: "unknown ref")
_ = pid
