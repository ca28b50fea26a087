# verdict: bonus
# real: any
# why: pong sends its reply before printing "Got ping!", so ping's
#   "Got pong! ..." line races with pong's "Got ping!". Whichever runs first
#   prints first: the order depends on scheduling. With seed 0 (the BEAM's
#   order) pong keeps running after its send and the output is right, so
#   every base scenario passes (the bonus ones fail: no timeouts); running more scheduling seeds (exlite check's
#   default) shows the race as a warning with both outputs, without failing
#   (as the grading issue asks). On real Elixir it passes or fails from one
#   run to the next.
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
  defp pong_loop(n) do
    receive do
      {:ping, from} ->
        send(from, {:pong, self()})
        IO.puts("Got ping!")
        pong_loop(n - 1)
    end
  end
end
