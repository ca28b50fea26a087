# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_61_dynsup_max_children.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# DynamicSupervisor with max_children, and children started from a
# module with extra arguments.
defmodule Worker do
  use GenServer
  def start_link(n), do: GenServer.start_link(__MODULE__, n)
  def init(n), do: {:ok, n}
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, max_children: 2)
IO.inspect(DynamicSupervisor.start_child(sup, {Worker, 1}) |> elem(0), label: "first")
IO.inspect(DynamicSupervisor.start_child(sup, {Worker, 2}) |> elem(0), label: "second")
IO.inspect(DynamicSupervisor.start_child(sup, {Worker, 3}), label: "third")
IO.inspect(DynamicSupervisor.count_children(sup), label: "count")
[{:undefined, pid, :worker, [Worker]} | _] = DynamicSupervisor.which_children(sup)
IO.inspect(:sys.get_state(pid) in [1, 2], label: "child state")
IO.inspect(DynamicSupervisor.stop(sup), label: "stop")
IO.inspect(Process.alive?(pid), label: "child alive after stop")
