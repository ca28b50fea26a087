# verdict: fail
# problem: stdout
# why: prints Liftoff! right after 1 instead of one interval later.
defmodule Countdown do
  def start(n, interval) do
    spawn(fn -> count(n, interval) end)
  end

  def abort(pid) do
    send(pid, :abort)
    :ok
  end

  defp count(0, _interval), do: IO.puts("Liftoff!")
  defp count(1, _interval), do: IO.puts("1\nLiftoff!")

  defp count(n, interval) do
    IO.puts(n)
    timer = Process.send_after(self(), :tick, interval)

    receive do
      :tick ->
        count(n - 1, interval)

      :abort ->
        Process.cancel_timer(timer)
        IO.puts("Aborted at #{if n == 1, do: "liftoff", else: n - 1}")
    end
  end
end
