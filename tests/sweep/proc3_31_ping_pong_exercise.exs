# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_31_ping_pong_exercise.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# The lesson's ping-pong exercise, completed: the two processes hand the
# ball back and forth, so the output order is fixed.
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
      1000 -> IO.puts("pong went away")
    end
  end

  defp pong_loop(0), do: :done

  defp pong_loop(remaining) do
    receive do
      {:ping, from} ->
        IO.puts("Got ping!")
        send(from, {:pong, self()})
        pong_loop(remaining - 1)
    after
      1000 -> IO.puts("ping went away")
    end
  end
end

ping = PingPong.start(3)
ref = Process.monitor(ping)
receive do: ({:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "ping exited"))
Process.sleep(20)
