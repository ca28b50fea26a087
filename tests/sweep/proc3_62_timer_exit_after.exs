# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_62_timer_exit_after.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# :timer.kill_after/2 and exit_after/3 end a process later; apply_interval,
# send_after to a registered name, an absolute Process.send_after, and
# :timer.cancel of something that is not a timer.
pid = spawn(fn -> Process.sleep(:infinity) end)
ref = Process.monitor(pid)
{:ok, _} = :timer.kill_after(10, pid)
receive do: ({:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "kill_after"))
pid = spawn(fn -> Process.sleep(:infinity) end)
ref = Process.monitor(pid)
{:ok, _} = :timer.exit_after(10, pid, :timeout_reached)
receive do: ({:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "exit_after"))
me = self()
{:ok, t} = :timer.apply_interval(5, Kernel, :send, [me, :beat])
for _ <- 1..3, do: receive(do: (:beat -> :ok))
IO.inspect(:timer.cancel(t), label: "cancel interval")
Process.register(self(), :main)
{:ok, _} = :timer.send_after(5, :main, :named)
receive do: (:named -> IO.puts("send_after to name"))
now = System.monotonic_time(:millisecond)
Process.send_after(self(), :abs, now + 10, abs: true)
receive do: (:abs -> IO.puts("abs timer"))
IO.inspect(:timer.sleep(1), label: "timer.sleep")
try do
  Process.sleep(1.5)
rescue
  e -> IO.inspect(e.__struct__)
end
IO.inspect(:timer.tc(fn -> :ok end) |> elem(1))
IO.inspect(:timer.tc(Enum, :sum, [[1, 2]]) |> elem(1))
IO.inspect(:timer.cancel(make_ref()), label: "cancel unknown ref")
