# verdict: fail
# problem: stdout
# why: waits with Process.sleep/1 and looks for :abort only between
#   numbers: an abort is handled up to an interval late.
defmodule Countdown do
  def start(n, interval) do
    spawn(fn -> count(n, interval) end)
  end

  def abort(pid) do
    send(pid, :abort)
    :ok
  end

  defp count(0, _interval), do: IO.puts("Liftoff!")

  defp count(n, interval) do
    IO.puts(n)
    Process.sleep(interval)

    receive do
      :abort -> IO.puts("Aborted at #{if n == 1, do: "liftoff", else: n - 1}")
    after
      0 -> count(n - 1, interval)
    end
  end
end
