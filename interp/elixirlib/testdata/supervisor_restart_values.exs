# Supervisor restart values: which exit reasons restart a :permanent,
# :transient and :temporary child, and what which_children and
# count_children show afterwards; restart_child/delete_child on each.
defmodule Child do
  def spec(id, restart) do
    %{id: id, restart: restart, start: {Agent, :start_link, [fn -> IO.puts("start #{id}"); 0 end, [name: id]]}}
  end

  # Ends the child with a reason: :normal through Agent.stop (an exit
  # signal :normal does not end a process that does not trap exits),
  # others by an exit signal.
  def finish(id, :normal), do: Agent.stop(id, :normal)
  def finish(id, reason), do: Process.exit(Process.whereis(id), reason)
end

defmodule Wait do
  # Gives the supervisor time to restart the child (or not).
  def settle, do: Process.sleep(100)
end

for restart <- [:permanent, :transient, :temporary],
    reason <- [:normal, :shutdown, {:shutdown, :bye}, :boom, :kill] do
  {:ok, sup} = Supervisor.start_link([Child.spec(:w, restart)], strategy: :one_for_one, max_restarts: 10)
  old = Process.whereis(:w)
  ref = Process.monitor(old)
  Child.finish(:w, reason)
  ended = receive do
    {:DOWN, ^ref, :process, _, r} -> r
  end
  Wait.settle()
  IO.inspect(ended, label: "#{restart} ended with")
  new = Process.whereis(:w)
  IO.inspect(is_pid(new) and new != old, label: "#{restart} #{inspect(reason)} restarted")
  IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, p, t, m} -> {id, is_pid(p) or p, t, m} end), label: "which_children")
  IO.inspect(Supervisor.count_children(sup), label: "count_children")
  :ok = Supervisor.stop(sup)
end

# restart_child and delete_child on a stopped transient child; a
# temporary child is gone for good once it ended.
{:ok, sup} = Supervisor.start_link([Child.spec(:t, :transient), Child.spec(:tmp, :temporary)], strategy: :one_for_one)
Agent.stop(:t)
Agent.stop(:tmp)
Wait.settle()
IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, p, _, _} -> {id, p} end), label: "after normal stops")
IO.inspect(Supervisor.restart_child(sup, :tmp), label: "restart_child temporary")
IO.inspect(Supervisor.delete_child(sup, :tmp), label: "delete_child temporary")
IO.inspect(Supervisor.restart_child(sup, :t) |> elem(0), label: "restart_child transient")
IO.inspect(Agent.get(:t, & &1), label: "transient is back")
IO.inspect(Supervisor.terminate_child(sup, :t), label: "terminate_child")
IO.inspect(Supervisor.which_children(sup), label: "which_children")
IO.inspect(Supervisor.delete_child(sup, :t), label: "delete_child")
IO.inspect(Supervisor.count_children(sup), label: "count_children")
# a terminated temporary child is deleted at once
{:ok, _} = Supervisor.start_child(sup, Child.spec(:tmp2, :temporary))
IO.inspect(Supervisor.terminate_child(sup, :tmp2), label: "terminate temporary")
IO.inspect(Supervisor.which_children(sup), label: "which_children")
IO.inspect(Supervisor.restart_child(sup, :tmp2), label: "restart it")
Supervisor.stop(sup)
