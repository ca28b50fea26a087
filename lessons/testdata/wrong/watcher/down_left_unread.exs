# verdict: fail
# problem: quiet
# why: kills the job on timeout but does not wait for its :DOWN: the
#   message is left unread in the caller's mailbox.
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
        Process.exit(pid, :kill)

        IO.puts("#{name} timed out")
        :timeout
    end
  end
end
