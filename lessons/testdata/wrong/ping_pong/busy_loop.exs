# verdict: fail
# problem: timeout
# real: fail
# why: at 0, pong_loop/1 calls itself forever instead of stopping: a busy
#   loop that never waits. Under the grader the program never comes to rest
#   and hits the time limit. Real Elixir prints the right lines and the
#   scenario sees the process still running (quiet check).
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
    end
  end

  defp pong_loop(0), do: pong_loop(0)
  defp pong_loop(n) do
    receive do
      {:ping, from} ->
        IO.puts("Got ping!")
        send(from, {:pong, self()})
        pong_loop(n - 1)
    end
  end
end
