# verdict: fail
# problem: error
# why: start/1 only takes a positive number of rounds (a guard): start(0)
#   raises a FunctionClauseError. The file is a module file (.ex), compiled
#   as mix compiles lib/: the error lists the attempted clause, as mix test
#   shows it.
defmodule PingPong do
  # How long either side waits for the other before giving up.
  @timeout 1_000

  def start(n) when n > 0 do
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
      @timeout -> IO.puts("No pong within #{@timeout} ms, ping gives up")
    end
  end

  defp pong_loop(0), do: :ok

  defp pong_loop(remaining) do
    receive do
      {:ping, from} ->
        IO.puts("Got ping!")
        send(from, {:pong, self()})
        pong_loop(remaining - 1)
    after
      @timeout -> IO.puts("No ping within #{@timeout} ms, pong gives up")
    end
  end
end
