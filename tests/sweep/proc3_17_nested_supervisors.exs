# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_17_nested_supervisors.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A supervisor under a supervisor: its child entry has type :supervisor,
# and a crash below is handled by the inner supervisor alone.
defmodule Inner do
  use Supervisor
  def start_link(_), do: Supervisor.start_link(__MODULE__, nil, name: __MODULE__)

  def init(nil) do
    Supervisor.init([%{id: :leaf, start: {Agent, :start_link, [fn -> 0 end, [name: :leaf]]}}], strategy: :one_for_one)
  end
end

{:ok, top} = Supervisor.start_link([Inner, %{id: :side, start: {Agent, :start_link, [fn -> 1 end, [name: :side]]}}], strategy: :one_for_one)

for {id, pid, type, mods} <- Supervisor.which_children(top) do
  IO.inspect({id, is_pid(pid), type, mods})
end

inner = Process.whereis(Inner)
side = Process.whereis(:side)
leaf = Process.whereis(:leaf)
ref = Process.monitor(leaf)
Process.exit(leaf, :kill)
receive do: ({:DOWN, ^ref, _, _, _} -> :ok)

wait = fn wait ->
  case Process.whereis(:leaf) do
    pid when is_pid(pid) and pid != leaf -> :ok
    _ -> Process.sleep(5); wait.(wait)
  end
end

wait.(wait)
IO.inspect(Process.whereis(Inner) == inner, label: "inner kept")
IO.inspect(Process.whereis(:side) == side, label: "side kept")
IO.inspect(Process.whereis(:leaf) != leaf, label: "leaf replaced")
IO.inspect(Supervisor.count_children(top), label: "top counts")
IO.inspect(Supervisor.count_children(Inner), label: "inner counts")
Supervisor.stop(top)
IO.inspect(Enum.map([Inner, :side, :leaf], &Process.whereis/1), label: "after stop")
