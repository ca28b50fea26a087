# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_77_dynsup_restart.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A permanent DynamicSupervisor child that crashes comes back with a new
# pid; a :transient one that exits normally does not.
defmodule Cell do
  use GenServer, restart: :permanent
  def start_link({report, tag}), do: GenServer.start_link(__MODULE__, {report, tag})

  def init({report, tag}) do
    send(report, {:up, tag, self()})
    {:ok, tag}
  end

  def handle_cast(:stop, tag), do: {:stop, :normal, tag}
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one)
{:ok, p1} = DynamicSupervisor.start_child(sup, {Cell, {self(), :perm}})
receive do: ({:up, :perm, ^p1} -> :ok)
Process.exit(p1, :kill)
receive do: ({:up, :perm, p2} -> IO.inspect(p2 != p1, label: "restarted with new pid"))
{:ok, t} = DynamicSupervisor.start_child(sup, Supervisor.child_spec({Cell, {self(), :trans}}, restart: :transient))
receive do: ({:up, :trans, ^t} -> :ok)
ref = Process.monitor(t)
GenServer.cast(t, :stop)
receive do: ({:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "transient down"))

receive do
  {:up, :trans, _} -> IO.puts("transient restarted")
after
  50 -> IO.puts("transient not restarted")
end

IO.inspect(DynamicSupervisor.count_children(sup), label: "count")
