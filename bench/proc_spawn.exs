# 100,000 processes spawned, each waiting for a message, then released
# and collected.
{us, :ok} =
  :timer.tc(fn ->
    me = self()

    pids =
      for _ <- 1..100_000 do
        spawn(fn ->
          receive do
            :go -> send(me, :done)
          end
        end)
      end

    Enum.each(pids, &send(&1, :go))
    for _ <- pids, do: (receive do :done -> :ok end)
    :ok
  end)

IO.puts("time_ms #{div(us, 1000)}")
