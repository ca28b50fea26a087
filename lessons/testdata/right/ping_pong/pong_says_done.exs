# verdict: pass
# why: a pong that prints a line of its own when it stops (at a moment that
#   races with ping's last lines), with the bonus's timeouts written
#   differently (a module attribute is not needed; 500 ms each side).
defmodule PingPong do
  def start(n) do
    pong_pid = spawn(fn -> pong_loop(n) end)
    spawn(fn -> ping_loop(pong_pid, n) end)
  end

  defp ping_loop(_pong_pid, 0), do: IO.puts("Ping done!")
  defp ping_loop(pong_pid, remaining) do
    send(pong_pid, {:ping, self()})
    receive do
      {:pong, _from} ->
        IO.puts("Got pong! #{remaining - 1} remaining")
        ping_loop(pong_pid, remaining - 1)
    after
      500 -> :gave_up
    end
  end

  defp pong_loop(0), do: IO.puts("Pong done!")
  defp pong_loop(remaining) do
    receive do
      {:ping, from} ->
        IO.puts("Got ping!")
        send(from, {:pong, self()})
        pong_loop(remaining - 1)
    after
      500 -> IO.puts("pong: nobody is playing any more")
    end
  end
end
