# verdict: fail
# problem: stdout
# why: on timeout it reports but does not kill the job: the job is left
#   running and its :DOWN never comes.
defmodule Watcher do
  def watch(name, fun, timeout) do
    {pid, ref} = spawn_monitor(fun)

    receive do
      {:DOWN, ^ref, :process, ^pid, :normal} ->
        IO.puts("#{name} finished")
        :normal

      {:DOWN, ^ref, :process, ^pid, reason} ->
        IO.puts("#{name} crashed: #{inspect(reason)}")
        reason
    after
      timeout ->
        IO.puts("#{name} timed out")
        :timeout
    end
  end
end
