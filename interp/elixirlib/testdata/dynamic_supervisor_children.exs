# DynamicSupervisor children: child spec forms, {:ok, pid, info},
# which_children/count_children with worker and supervisor children,
# max_children as children come and go (a restart does not count as a new
# child), restart values, terminate_child with shutdown rules.
defmodule W do
  use GenServer

  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def start_with_info(arg) do
    {:ok, pid} = start_link(arg)
    {:ok, pid, {:info, arg}}
  end

  @impl true
  def init({id, trap}) do
    if trap, do: Process.flag(:trap_exit, true)
    IO.puts("start #{id}")
    {:ok, id}
  end

  def init(id), do: init({id, false})

  @impl true
  def terminate(reason, id) do
    IO.puts("terminate #{id} #{inspect(reason)}")
  end
end

defmodule Wait do
  def settle, do: Process.sleep(100)
end

{:ok, dyn} = DynamicSupervisor.start_link(strategy: :one_for_one, max_children: 4)
{:ok, a} = DynamicSupervisor.start_child(dyn, {W, :a})
IO.inspect(DynamicSupervisor.start_child(dyn, %{id: :ignored_id, start: {W, :start_with_info, [:b]}}) |> then(fn {:ok, p, info} -> {is_pid(p), info} end), label: "ok with info")
{:ok, inner} = DynamicSupervisor.start_child(dyn, %{id: :inner, start: {DynamicSupervisor, :start_link, [[strategy: :one_for_one]]}, type: :supervisor})
{:ok, _} = DynamicSupervisor.start_child(inner, {W, :nested})
IO.inspect(DynamicSupervisor.which_children(dyn) |> Enum.map(fn {id, p, type, mods} -> {id, is_pid(p), type, mods} end) |> Enum.sort(), label: "which_children")
IO.inspect(DynamicSupervisor.count_children(dyn), label: "count_children")
IO.inspect(DynamicSupervisor.count_children(inner), label: "count_children inner")
{:ok, d} = DynamicSupervisor.start_child(dyn, Supervisor.child_spec({W, :d}, restart: :temporary))
IO.inspect(DynamicSupervisor.start_child(dyn, {W, :e}), label: "full")

# a crashed permanent child comes back even when the supervisor is full
Process.exit(a, :kill)
Wait.settle()
IO.inspect(DynamicSupervisor.count_children(dyn), label: "after a crash")
# a temporary child that ends frees its place
Process.exit(d, :kill)
Wait.settle()
IO.inspect(DynamicSupervisor.count_children(dyn), label: "after the temporary ended")
{:ok, e} = DynamicSupervisor.start_child(dyn, Supervisor.child_spec({W, :e}, restart: :transient))
# a transient child that ends normally is not restarted
GenServer.stop(e, :normal)
Wait.settle()
IO.inspect(DynamicSupervisor.count_children(dyn), label: "after the transient ended normally")
{:ok, f} = DynamicSupervisor.start_child(dyn, Supervisor.child_spec({W, :f}, restart: :transient))
Process.exit(f, :boom)
Wait.settle()
IO.inspect(DynamicSupervisor.count_children(dyn), label: "after the transient crashed")

IO.inspect(DynamicSupervisor.terminate_child(dyn, self()), label: "terminate_child of a stranger")
IO.inspect(DynamicSupervisor.terminate_child(dyn, inner), label: "terminate_child inner")
IO.inspect(DynamicSupervisor.count_children(dyn), label: "count_children")
:ok = DynamicSupervisor.stop(dyn)

# shutdown of a dynamic child that traps exits
{:ok, dyn} = DynamicSupervisor.start_link(strategy: :one_for_one)
{:ok, t} = DynamicSupervisor.start_child(dyn, {W, {:trapper, true}})
{:ok, bk} = DynamicSupervisor.start_child(dyn, Supervisor.child_spec({W, {:brutal, true}}, shutdown: :brutal_kill))
ref = Process.monitor(bk)
IO.inspect(DynamicSupervisor.terminate_child(dyn, t), label: "terminate_child trapper")
IO.inspect(DynamicSupervisor.terminate_child(dyn, bk), label: "terminate_child brutal")
receive do
  {:DOWN, ^ref, :process, ^bk, reason} -> IO.inspect(reason, label: "brutal ended")
end
IO.inspect(DynamicSupervisor.which_children(dyn), label: "which_children")
DynamicSupervisor.stop(dyn)
