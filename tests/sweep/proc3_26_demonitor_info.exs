# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_26_demonitor_info.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Process.demonitor/2 options: :flush removes a :DOWN already delivered,
# :info says whether the monitor was still active.
{pid, ref} = spawn_monitor(fn -> :ok end)
Process.sleep(20)
IO.inspect(Process.info(self(), :message_queue_len), label: "queued DOWN")
IO.inspect(Process.demonitor(ref, [:flush, :info]), label: "flush+info on fired")
IO.inspect(Process.info(self(), :message_queue_len), label: "after flush")
live = spawn(fn -> receive do: (:stop -> :ok) end)
ref2 = Process.monitor(live)
IO.inspect(Process.demonitor(ref2, [:info]), label: "info on active")
IO.inspect(Process.demonitor(ref2, [:info]), label: "info again")
IO.inspect(Process.demonitor(ref2), label: "plain again")
send(live, :stop)
Process.sleep(20)

receive do
  {:DOWN, _, _, _, _} = m -> IO.inspect(m, label: "unexpected")
after
  0 -> IO.puts("no DOWN after demonitor")
end

IO.inspect(is_pid(pid), label: "spawn_monitor gave pid")
ref3 = Process.monitor(pid)
receive do: ({:DOWN, ^ref3, :process, _, r} -> IO.inspect(r, label: "monitor dead pid"))
