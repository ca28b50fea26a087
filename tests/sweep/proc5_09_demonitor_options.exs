# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_09_demonitor_options.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Process.demonitor/2 with [:flush] and [:info]: results when the monitor
# is active, already fired, or already removed.
pid = spawn(fn -> receive do: (:stop -> :ok) end)
ref = Process.monitor(pid)
IO.inspect(Process.demonitor(ref, [:info]), label: "info, active")
IO.inspect(Process.demonitor(ref, [:info]), label: "info, removed")
IO.inspect(Process.demonitor(ref), label: "plain, removed")

ref2 = Process.monitor(pid)
send(pid, :stop)
Process.sleep(30)
IO.inspect(Process.info(self(), :message_queue_len), label: "queued DOWN")
IO.inspect(Process.demonitor(ref2, [:flush, :info]), label: "flush+info after exit")
IO.inspect(Process.info(self(), :message_queue_len), label: "after flush")

pid3 = spawn(fn -> :ok end)
ref3 = Process.monitor(pid3)
Process.sleep(30)
IO.inspect(Process.demonitor(ref3, [:info]), label: "info after exit, no flush")
receive do
  {:DOWN, ^ref3, _, _, r} -> IO.inspect(r, label: "DOWN still there")
after
  0 -> IO.puts("no DOWN")
end

try do
  Process.demonitor(ref3, [:bogus])
rescue
  e -> IO.inspect(e)
end
