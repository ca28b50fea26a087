# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_64_task_late_reply.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# After Task.await times out (caught), or Task.yield returns nil and the
# task is shut down, no late reply reaches the mailbox.
t = Task.async(fn -> receive do: (:go -> :late) end)

try do
  Task.await(t, 20)
catch
  :exit, {:timeout, {Task, :await, [^t, 20]}} -> IO.puts("await timed out")
end

Process.unlink(t.pid)
send(t.pid, :go)
Process.sleep(50)

receive do
  m -> IO.inspect(m, label: "stray")
after
  0 -> IO.puts("mailbox empty")
end

t2 = Task.async(fn -> receive do: (:go -> :ok) end)
IO.inspect(Task.yield(t2, 10), label: "yield")
mon = Process.monitor(t2.pid)
send(t2.pid, :go)
IO.inspect(Task.yield(t2, 1000), label: "yield again")
receive do: ({:DOWN, ^mon, _, _, r} -> IO.inspect(r, label: "task ended"))
IO.inspect(Task.shutdown(t2), label: "shutdown after reply")
