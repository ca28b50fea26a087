# Supervisor edge cases: init/1 returning :ignore or a bad value, a child
# whose restart fails (the supervisor retries, counting each attempt, then
# gives up), max_restarts: 0, restart_child of a child that cannot start,
# child_spec overrides through `use`, and Supervisor.child_spec/2 with a
# module alone.
defmodule Flaky do
  # Starts once; every later start fails.
  def start_link(id) do
    case Agent.get(:starts, &Map.get(&1, id, 0)) do
      0 ->
        Agent.update(:starts, &Map.put(&1, id, 1))
        IO.puts("#{id} started")
        Agent.start_link(fn -> id end)

      n ->
        Agent.update(:starts, &Map.put(&1, id, n + 1))
        IO.puts("#{id} cannot start (attempt #{n + 1})")
        {:error, :cannot_start}
    end
  end
end

defmodule Custom do
  use GenServer, id: :custom_id, restart: :transient, shutdown: 10_000
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  @impl true
  def init(arg), do: {:ok, arg}
end

defmodule Ignored do
  use Supervisor
  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg)
  @impl true
  def init(:ignore), do: :ignore
  def init(:bad), do: :what
end

defmodule Sub do
  use Supervisor, restart: :temporary
  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg)
  @impl true
  def init(_), do: Supervisor.init([], strategy: :one_for_one)
end

{:ok, _} = Agent.start_link(fn -> %{} end, name: :starts)
Process.flag(:trap_exit, true)

IO.inspect(Ignored.start_link(:ignore), label: "init returns :ignore")
IO.inspect(Ignored.start_link(:bad), label: "init returns a bad value")
receive do
  {:EXIT, _, reason} -> IO.inspect(reason, label: "exit of the bad one")
after
  100 -> IO.puts("no exit")
end

IO.inspect(Custom.child_spec(:x), label: "use GenServer options")
IO.inspect(Sub.child_spec(:x), label: "use Supervisor options")
IO.inspect(Supervisor.child_spec(Custom, id: :other), label: "module alone")
IO.inspect(Supervisor.child_spec({Custom, 1}, restart: :permanent), label: "override")

# the restart of flaky fails: the supervisor tries again, each attempt
# counts as a restart, and it gives up
{:ok, sup} = Supervisor.start_link([%{id: :flaky, start: {Flaky, :start_link, [:flaky]}}], strategy: :one_for_one, max_restarts: 3)
[{:flaky, pid, _, _}] = Supervisor.which_children(sup)
Process.exit(pid, :kill)
receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "supervisor exited")
after
  1_000 -> IO.puts("supervisor still running")
end

# max_restarts: 0: the first crash stops the supervisor
{:ok, sup} = Supervisor.start_link([{Agent, fn -> 0 end}], strategy: :one_for_one, max_restarts: 0)
[{Agent, pid, _, _}] = Supervisor.which_children(sup)
Process.exit(pid, :kill)
receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "max_restarts 0")
after
  1_000 -> IO.puts("supervisor still running")
end

# restart_child of a child that cannot start again
{:ok, sup} = Supervisor.start_link([%{id: :once, start: {Flaky, :start_link, [:once]}, restart: :temporary}, %{id: :twice, start: {Flaky, :start_link, [:twice]}}], strategy: :one_for_one)
IO.inspect(Supervisor.terminate_child(sup, :twice), label: "terminate twice")
IO.inspect(Supervisor.restart_child(sup, :twice), label: "restart twice")
IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, p, _, _} -> {id, is_pid(p) or p} end), label: "children")
IO.inspect(Supervisor.start_child(sup, %{id: :third, start: {Flaky, :start_link, [:twice]}}), label: "start_child that fails")
IO.inspect(Supervisor.start_child(sup, %{id: :twice, start: {Flaky, :start_link, [:twice]}}), label: "start_child of a present id")
Supervisor.stop(sup)
