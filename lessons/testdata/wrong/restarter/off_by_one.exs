# verdict: fail
# problem: stdout
# why: restarts once more than allowed (restarts <= max_restarts).
defmodule Restarter do
  def start(fun, max_restarts) do
    spawn(fn ->
      Process.flag(:trap_exit, true)
      keep(fun, 0, max_restarts)
    end)
  end

  defp keep(fun, restarts, max_restarts) do
    worker = spawn_link(fun)

    receive do
      {:EXIT, ^worker, :normal} ->
        IO.puts("worker finished")

      {:EXIT, ^worker, reason} when restarts <= max_restarts ->
        IO.puts("worker crashed: #{inspect(reason)}, restart #{restarts + 1} of #{max_restarts}")
        keep(fun, restarts + 1, max_restarts)

      {:EXIT, ^worker, reason} ->
        IO.puts("worker crashed: #{inspect(reason)}, giving up")
    end
  end
end
