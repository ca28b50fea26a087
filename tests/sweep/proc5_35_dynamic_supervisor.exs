# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_35_dynamic_supervisor.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# DynamicSupervisor: start_child with module, tuple and map specs,
# which_children/count_children, terminate_child by pid, max_children,
# and :ignore from init.
defmodule Item do
  use GenServer
  def start_link(:ignore), do: GenServer.start_link(__MODULE__, :ignore)
  def start_link(v), do: GenServer.start_link(__MODULE__, v)
  def init(:ignore), do: :ignore
  def init(v), do: {:ok, v}
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, max_children: 3)
{:ok, a} = DynamicSupervisor.start_child(sup, {Item, 1})
{:ok, _b} = DynamicSupervisor.start_child(sup, %{id: :whatever, start: {Item, :start_link, [2]}})
IO.inspect(DynamicSupervisor.start_child(sup, {Item, :ignore}), label: "ignore")
{:ok, _c} = DynamicSupervisor.start_child(sup, {Item, 3})
IO.inspect(DynamicSupervisor.start_child(sup, {Item, 4}), label: "over max")
IO.inspect(DynamicSupervisor.count_children(sup))
IO.inspect(for {id, _pid, type, mods} <- DynamicSupervisor.which_children(sup), do: {id, type, mods})
IO.inspect(DynamicSupervisor.terminate_child(sup, a), label: "terminate")
IO.inspect(DynamicSupervisor.terminate_child(sup, a), label: "terminate again")
IO.inspect(DynamicSupervisor.count_children(sup).active, label: "active")
IO.inspect(:sys.get_state(Enum.at(DynamicSupervisor.which_children(sup), 0) |> elem(1)), label: "first child state")
