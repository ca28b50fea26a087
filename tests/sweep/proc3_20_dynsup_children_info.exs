# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_20_dynsup_children_info.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# DynamicSupervisor.which_children uses :undefined as every child's id;
# terminate_child takes a pid; count_children counts what is running.
defmodule Counter do
  use Agent, restart: :temporary
  def start_link(n), do: Agent.start_link(fn -> n end)
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one)
{:ok, c1} = DynamicSupervisor.start_child(sup, {Counter, 1})
{:ok, c2} = DynamicSupervisor.start_child(sup, {Counter, 2})
{:ok, c3} = DynamicSupervisor.start_child(sup, %{id: :ignored, start: {Agent, :start_link, [fn -> 3 end]}})

for {id, pid, type, mods} <- DynamicSupervisor.which_children(sup) do
  IO.inspect({id, Enum.find_index([c1, c2, c3], &(&1 == pid)), type, mods})
end

IO.inspect(DynamicSupervisor.count_children(sup), label: "count")
IO.inspect(DynamicSupervisor.terminate_child(sup, c2), label: "terminate c2")
IO.inspect(DynamicSupervisor.terminate_child(sup, c2), label: "terminate c2 again")
IO.inspect(DynamicSupervisor.terminate_child(sup, self()), label: "terminate stranger")
Agent.stop(c1)
Process.sleep(20)
IO.inspect(DynamicSupervisor.count_children(sup), label: "after stops")
IO.inspect(Agent.get(c3, & &1), label: "c3")
