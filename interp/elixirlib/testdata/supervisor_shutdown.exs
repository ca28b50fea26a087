# Shutdown: children stop in reverse start order; a child that traps exits
# runs terminate/2, and is killed when it takes longer than its shutdown
# time; :brutal_kill kills at once; :infinity waits; a child that does not
# trap exits ends on the :shutdown signal without terminate/2. The same
# order when a child supervisor stops its own children.
defmodule Slow do
  use GenServer

  def start_link({id, trap, ms}), do: GenServer.start_link(__MODULE__, {id, trap, ms}, name: id)

  @impl true
  def init({id, trap, ms}) do
    if trap, do: Process.flag(:trap_exit, true)
    {:ok, {id, ms}}
  end

  @impl true
  def terminate(reason, {id, ms}) do
    IO.puts("#{id} terminating (#{inspect(reason)}), takes #{ms} ms")
    Process.sleep(ms)
    IO.puts("#{id} done")
  end
end

defmodule Spec do
  def of(id, trap, ms, shutdown) do
    Supervisor.child_spec({Slow, {id, trap, ms}}, id: id, shutdown: shutdown)
  end
end

children = [
  Spec.of(:timeout_exceeded, true, 1_000, 200),
  Spec.of(:timeout_kept, true, 100, 500),
  Spec.of(:brutal, true, 100, :brutal_kill),
  Spec.of(:infinity, true, 300, :infinity),
  Spec.of(:no_trap, false, 100, 500)
]

{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
refs = for {id, pid, _, _} <- Supervisor.which_children(sup), into: %{}, do: {Process.monitor(pid), id}
t0 = System.monotonic_time(:millisecond)
IO.inspect(Supervisor.stop(sup), label: "stop")
took = System.monotonic_time(:millisecond) - t0
IO.inspect(took >= 600 and took < 1_000, label: "stop took the time of the waits and the timeout")

reasons =
  for _ <- 1..5 do
    receive do
      {:DOWN, ref, :process, _, reason} -> {refs[ref], reason}
    end
  end

IO.inspect(Enum.sort(reasons), label: "exit reasons")

# terminate_child uses the same shutdown rules
{:ok, sup} = Supervisor.start_link([Spec.of(:x, true, 1_000, 100), Spec.of(:y, true, 50, 100)], strategy: :one_for_one)
IO.inspect(Supervisor.terminate_child(sup, :x), label: "terminate_child x")
IO.inspect(Supervisor.terminate_child(sup, :y), label: "terminate_child y")
Supervisor.stop(sup)

# A supervisor child: the parent waits (:infinity) while it stops its own
# children, in their reverse order, then goes on with the earlier ones.
inner = %{
  id: :inner,
  type: :supervisor,
  start: {Supervisor, :start_link, [[Spec.of(:i1, true, 0, 500), Spec.of(:i2, true, 0, 500)], [strategy: :one_for_one]]}
}

{:ok, sup} = Supervisor.start_link([Spec.of(:first, true, 0, 500), inner, Spec.of(:last, true, 0, 500)], strategy: :one_for_one)
IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, _, type, mods} -> {id, type, mods} end), label: "children")
IO.inspect(Supervisor.count_children(sup), label: "count_children")
Supervisor.stop(sup)
