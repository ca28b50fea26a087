# A million processes spawned, each waiting for a message, then all
# released and collected. Real Elixir needs `elixir --erl "+P 2000000"`
# for it (bench/run.sh passes that flag for this program only).
{us, :ok} =
  :timer.tc(fn ->
    me = self()

    pids =
      for _ <- 1..1_000_000 do
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
