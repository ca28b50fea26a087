# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_10_ping_pong.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# Ping-pong between two processes, counting down.
defmodule PingPong do
  def start(n) do
    parent = self()
    pong = spawn(fn -> pong_loop() end)
    spawn(fn -> ping_loop(pong, n, parent) end)

    receive do
      {:finished, count} -> IO.puts("finished after #{count} rounds")
    end
  end

  defp ping_loop(pong, 0, parent) do
    send(pong, {:stop, self()})

    receive do
      :stopped -> send(parent, {:finished, 0})
    end
  end

  defp ping_loop(pong, n, parent) do
    send(pong, {:ping, self()})

    receive do
      {:pong, _} ->
        IO.puts("pong #{n}")
        ping_loop(pong, n - 1, parent)
    end
  end

  defp pong_loop do
    receive do
      {:ping, from} ->
        IO.puts("ping")
        send(from, {:pong, self()})
        pong_loop()

      {:stop, from} ->
        IO.puts("pong stopping")
        send(from, :stopped)
    end
  end
end

PingPong.start(3)
Process.sleep(50)
