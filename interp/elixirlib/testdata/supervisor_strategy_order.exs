# Supervisor strategies seen from the children: which children a crash
# terminates (in reverse start order) and restarts (in start order), for
# :one_for_one, :one_for_all and :rest_for_one; restart intensity counts
# a one_for_all restart once; a supervisor that gives up terminates its
# other children and exits with :shutdown.
defmodule W do
  use GenServer

  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: id)

  @impl true
  def init(id) do
    Process.flag(:trap_exit, true)
    IO.puts("start #{id}")
    {:ok, id}
  end

  @impl true
  def terminate(reason, id), do: IO.puts("terminate #{id} #{inspect(reason)}")
end

defmodule Wait do
  def restarted(name, old, n \\ 200) do
    case Process.whereis(name) do
      p when is_pid(p) and p != old -> Process.sleep(100)
      _ when n > 0 -> Process.sleep(5); restarted(name, old, n - 1)
      _ -> IO.puts("#{name} was not restarted")
    end
  end
end

children = for id <- [:a, :b, :c, :d], do: Supervisor.child_spec({W, id}, id: id)

for strategy <- [:one_for_one, :one_for_all, :rest_for_one] do
  IO.puts("-- #{strategy}")
  {:ok, sup} = Supervisor.start_link(children, strategy: strategy)
  old = Process.whereis(:b)
  IO.puts("kill b")
  Process.exit(old, :kill)
  Wait.restarted(:b, old)
  IO.inspect(Supervisor.which_children(sup) |> Enum.map(&elem(&1, 0)), label: "which_children")
  IO.puts("stop")
  Supervisor.stop(sup)
end

IO.puts("-- one_for_all, max_restarts: 1")
Process.flag(:trap_exit, true)
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_all, max_restarts: 1, max_seconds: 10)
old = Process.whereis(:b)
IO.puts("kill b")
Process.exit(old, :kill)
Wait.restarted(:b, old)
IO.puts("kill c")
Process.exit(Process.whereis(:c), :kill)

receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "supervisor exited")
after
  1_000 -> IO.puts("supervisor still running")
end

IO.inspect(Enum.map([:a, :b, :c, :d], &Process.whereis/1), label: "children left")

IO.puts("-- rest_for_one, the last child")
{:ok, sup} = Supervisor.start_link(children, strategy: :rest_for_one)
old = Process.whereis(:d)
IO.puts("kill d")
Process.exit(old, :kill)
Wait.restarted(:d, old)
IO.puts("kill a")
old = Process.whereis(:a)
Process.exit(old, :kill)
Wait.restarted(:a, old)
IO.puts("stop")
Supervisor.stop(sup)
