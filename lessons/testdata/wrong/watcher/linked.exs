# verdict: fail
# problem: error
# why: spawn_link instead of a monitor (and no trap_exit): a crashing job
#   takes the watching process down with it.
defmodule Watcher do
  def watch(name, fun, timeout) do
    pid = spawn_link(fun)
    ref = Process.monitor(pid)

    receive do
      {:DOWN, ^ref, :process, ^pid, :normal} ->
        IO.puts("#{name} finished")
        :normal

      {:DOWN, ^ref, :process, ^pid, reason} ->
        IO.puts("#{name} crashed: #{inspect(reason)}")
        reason
    after
      timeout ->
        Process.exit(pid, :kill)

        receive do
          {:DOWN, ^ref, :process, ^pid, _reason} -> :ok
        end

        IO.puts("#{name} timed out")
        :timeout
    end
  end
end
