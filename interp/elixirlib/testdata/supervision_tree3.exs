# A supervision tree three levels deep, of module-based supervisors:
#   App (one_for_one) -> Mid (rest_for_one) -> Leaf (one_for_all, max 1 restart)
#                                            -> leaf workers l1, l2
#                     -> m1
#   App -> Pool (DynamicSupervisor) -> pool workers
#   App -> top1
# Crashes are handled at the lowest level that can; a supervisor that
# gives up is restarted by its parent; stopping the root stops everything,
# each level in reverse start order.
defmodule W do
  use GenServer

  def start_link({id, trap}), do: GenServer.start_link(__MODULE__, {id, trap})

  @impl true
  def init({id, trap}) do
    if trap, do: Process.flag(:trap_exit, true)
    IO.puts("start #{id}")
    {:ok, id}
  end

  @impl true
  def terminate(reason, id), do: IO.puts("terminate #{id} #{inspect(reason)}")

  def spec(id, trap \\ true), do: Supervisor.child_spec({W, {id, trap}}, id: id)
end

defmodule Leaf do
  use Supervisor
  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)

  @impl true
  def init(_arg) do
    IO.puts("init Leaf")
    Supervisor.init([W.spec(:l1), W.spec(:l2)], strategy: :one_for_all, max_restarts: 1, max_seconds: 10)
  end
end

defmodule Mid do
  use Supervisor
  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)

  @impl true
  def init(_arg) do
    IO.puts("init Mid")
    Supervisor.init([Leaf, W.spec(:m1)], strategy: :rest_for_one)
  end
end

defmodule App do
  use Supervisor
  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)

  @impl true
  def init(_arg) do
    IO.puts("init App")
    children = [Mid, {DynamicSupervisor, name: Pool, strategy: :one_for_one}, W.spec(:top1)]
    Supervisor.init(children, strategy: :one_for_one)
  end
end

defmodule Tree do
  def pid(sup, id) do
    Enum.find_value(Supervisor.which_children(sup), fn {i, p, _, _} -> i == id and p end)
  end

  def show(sup) do
    Supervisor.which_children(sup) |> Enum.map(fn {id, p, type, mods} -> {id, is_pid(p), type, mods} end)
  end

  # Waits until the child id of sup has a new pid (and the tree has
  # settled).
  def replaced(sup, id, old, n \\ 200) do
    case Process.whereis(sup) && pid(sup, id) do
      p when is_pid(p) and p != old -> Process.sleep(100)
      _ when n > 0 -> Process.sleep(5); replaced(sup, id, old, n - 1)
      _ -> IO.puts("#{id} was not replaced")
    end
  end
end

{:ok, app} = App.start_link(:ok)
{:ok, p1} = DynamicSupervisor.start_child(Pool, {W, {:p1, false}})
{:ok, p2} = DynamicSupervisor.start_child(Pool, {W, {:p2, false}})
IO.inspect(Tree.show(App), label: "App")
IO.inspect(Tree.show(Mid), label: "Mid")
IO.inspect(Tree.show(Leaf), label: "Leaf")
for sup <- [App, Mid, Leaf, Pool], do: IO.inspect(Supervisor.count_children(sup), label: "count #{inspect(sup)}")

IO.puts("-- kill l1: Leaf restarts both its workers")
old_leaf = Process.whereis(Leaf)
old_m1 = Tree.pid(Mid, :m1)
l1 = Tree.pid(Leaf, :l1)
Process.exit(l1, :kill)
Tree.replaced(Leaf, :l1, l1)
IO.inspect({Process.whereis(Leaf) == old_leaf, Tree.pid(Mid, :m1) == old_m1}, label: "Leaf and m1 untouched")

IO.puts("-- kill l2: Leaf gives up, Mid restarts it and m1")
l2 = Tree.pid(Leaf, :l2)
Process.exit(l2, :kill)
Tree.replaced(Mid, Leaf, old_leaf)
IO.inspect(Process.whereis(Leaf) != old_leaf, label: "a new Leaf")
IO.inspect(Tree.pid(Mid, :m1) != old_m1, label: "a new m1")

IO.puts("-- kill a pool worker")
Process.exit(p1, :kill)
Process.sleep(100)
IO.inspect(DynamicSupervisor.count_children(Pool), label: "count Pool")
IO.inspect(Process.alive?(p2), label: "p2 untouched")

IO.puts("-- stop the root")
refs = for name <- [App, Mid, Leaf, Pool], do: Process.monitor(Process.whereis(name))
IO.inspect(Supervisor.stop(app), label: "stop")
for ref <- refs do
  receive do
    {:DOWN, ^ref, :process, _, reason} -> reason
  end
end
|> IO.inspect(label: "supervisors ended")
IO.inspect(Enum.map([App, Mid, Leaf, Pool], &Process.whereis/1), label: "names")
