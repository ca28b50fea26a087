# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_30_dynamic_supervisor.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# DynamicSupervisor: start children on demand, count and terminate them.
defmodule Room do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name)
  def init(name), do: {:ok, name}
  def handle_call(:name, _from, name), do: {:reply, name, name}
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, name: Rooms)
{:ok, a} = DynamicSupervisor.start_child(Rooms, {Room, "lobby"})
{:ok, b} = DynamicSupervisor.start_child(Rooms, {Room, "kitchen"})
IO.inspect(GenServer.call(a, :name), label: "a")
IO.inspect(GenServer.call(b, :name), label: "b")
IO.inspect(DynamicSupervisor.count_children(Rooms), label: "count")
IO.inspect(DynamicSupervisor.terminate_child(Rooms, a), label: "terminate a")
IO.inspect(DynamicSupervisor.terminate_child(Rooms, a), label: "terminate a again")
IO.inspect(length(DynamicSupervisor.which_children(Rooms)), label: "children left")

spec = %{id: Room, start: {Room, :start_link, ["attic"]}, restart: :temporary}
{:ok, c} = DynamicSupervisor.start_child(sup, spec)
Process.exit(c, :kill)
Process.sleep(20)
IO.inspect(DynamicSupervisor.count_children(Rooms).active, label: "temporary not restarted")
IO.inspect(DynamicSupervisor.start_child(Rooms, {Room, "x"}) |> elem(0), label: "start again")
