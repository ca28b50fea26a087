# A ring of 10,000 processes passing a token 1,000,000 times.
defmodule Ring do
  def start(parent) do
    receive do
      {:next, next} -> loop(next, parent)
    end
  end

  defp loop(next, parent) do
    receive do
      0 ->
        send(parent, :done)

      n ->
        send(next, n - 1)
        loop(next, parent)
    end
  end
end

{us, :ok} =
  :timer.tc(fn ->
    parent = self()
    pids = for _ <- 1..10_000, do: spawn(fn -> Ring.start(parent) end)
    Enum.zip(pids, tl(pids) ++ [hd(pids)]) |> Enum.each(fn {p, n} -> send(p, {:next, n}) end)
    send(hd(pids), 1_000_000)

    receive do
      :done -> :ok
    end
  end)

IO.puts("time_ms #{div(us, 1000)}")
