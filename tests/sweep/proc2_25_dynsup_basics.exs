# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_25_dynsup_basics.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# DynamicSupervisor: start_child with several spec forms, which_children,
# count_children, terminate_child by pid and its error.
defmodule Bucket do
  use Agent
  def start_link(v), do: Agent.start_link(fn -> v end)
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, name: :buckets)
{:ok, a} = DynamicSupervisor.start_child(:buckets, {Bucket, 1})
{:ok, b} = DynamicSupervisor.start_child(sup, %{id: :ignored, start: {Bucket, :start_link, [2]}})
{:ok, c} = DynamicSupervisor.start_child(sup, {Agent, fn -> 3 end})
IO.inspect(Enum.map([a, b, c], &Agent.get(&1, fn v -> v end)), label: "values")

for {id, pid, type, mods} <- DynamicSupervisor.which_children(sup) do
  IO.inspect({id, pid in [a, b, c], type, mods})
end

IO.inspect(DynamicSupervisor.count_children(sup), label: "count")
IO.inspect(DynamicSupervisor.terminate_child(sup, b), label: "terminate")
IO.inspect(DynamicSupervisor.terminate_child(sup, b), label: "terminate again")
IO.inspect(Process.alive?(b), label: "b alive")
IO.inspect(length(DynamicSupervisor.which_children(sup)), label: "left")
Process.exit(a, :kill)
Process.sleep(50)
IO.inspect(DynamicSupervisor.count_children(sup), label: "after kill")
