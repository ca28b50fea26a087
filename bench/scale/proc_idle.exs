# 10,000 processes spawned, each waiting in receive; the program then
# sleeps MS milliseconds (the first argument, 5000 by default) before
# releasing and collecting them. Idle processes must cost no CPU time:
# bench/scale.sh runs it with 5000 and with 0 and reports the difference
# of the whole process's CPU time (user + system).
ms =
  case System.argv() do
    [s] -> String.to_integer(s)
    _ -> 5000
  end

me = self()
pids = for _ <- 1..10_000, do: spawn(fn -> receive do :go -> send(me, :done) end end)
Process.sleep(ms)
Enum.each(pids, &send(&1, :go))
for _ <- pids, do: (receive do :done -> :ok end)
IO.puts("slept_ms #{ms}")
