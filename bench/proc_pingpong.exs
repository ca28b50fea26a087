# 200,000 ping-pong round trips between two processes.
defmodule PingPong do
  def pong do
    receive do
      {:ping, from} ->
        send(from, :pong)
        pong()

      :stop ->
        :ok
    end
  end

  def ping(_pong, 0), do: :ok

  def ping(pong, n) do
    send(pong, {:ping, self()})

    receive do
      :pong -> ping(pong, n - 1)
    end
  end
end

{us, :ok} =
  :timer.tc(fn ->
    pong = spawn(&PingPong.pong/0)
    result = PingPong.ping(pong, 200_000)
    send(pong, :stop)
    result
  end)

IO.puts("time_ms #{div(us, 1000)}")
