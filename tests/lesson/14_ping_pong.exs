# Lesson "Processes", the exercise "Ping-Pong Processes": the starter code
# with pong_loop/1 written (a solution). Ping and pong take turns, so their
# lines alternate; the script waits for the ping process to finish.
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

  defp pong_loop(0), do: :ok
  defp pong_loop(remaining) do
    receive do
      {:ping, from} ->
        IO.puts("Got ping!")
        send(from, {:pong, self()})
        pong_loop(remaining - 1)
    end
  end
end

ping = PingPong.start(3)
ref = Process.monitor(ping)

receive do
  {:DOWN, ^ref, :process, ^ping, _reason} -> IO.puts("game over")
end
