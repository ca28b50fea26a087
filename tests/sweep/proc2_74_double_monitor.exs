# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_74_double_monitor.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Two monitors on one process give two :DOWN messages; monitoring self
# gives none; linking to self is a no-op.
pid = spawn(fn -> receive do: (:stop -> :ok) end)
r1 = Process.monitor(pid)
r2 = Process.monitor(pid)
IO.inspect(r1 == r2, label: "same ref")
send(pid, :stop)
receive do: ({:DOWN, ^r1, _, _, r} -> IO.inspect(r, label: "first"))
receive do: ({:DOWN, ^r2, _, _, r} -> IO.inspect(r, label: "second"))
IO.inspect(Process.link(self()), label: "link self")
ref = Process.monitor(self())

receive do
  {:DOWN, ^ref, _, _, _} -> IO.puts("down for self")
after
  30 -> IO.puts("no down for self")
end

IO.inspect(send(pid, :late), label: "send to dead")
{:monitors, mons} = Process.info(self(), :monitors)
IO.inspect(mons, label: "monitors")
