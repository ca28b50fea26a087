# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_21_child_management.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# terminate_child, restart_child, delete_child, start_child and their
# error tuples.
defmodule Leaf do
  use Agent
  def start_link(v), do: Agent.start_link(fn -> v end)
end

{:ok, sup} = Supervisor.start_link([Supervisor.child_spec({Leaf, 1}, id: :one)], strategy: :one_for_one)
IO.inspect(Supervisor.terminate_child(sup, :one), label: "terminate")
IO.inspect(Supervisor.terminate_child(sup, :nope), label: "terminate unknown")
IO.inspect(Supervisor.which_children(sup), label: "children")
{:ok, pid} = Supervisor.restart_child(sup, :one)
IO.inspect(is_pid(pid), label: "restart gives pid")
IO.inspect(Supervisor.restart_child(sup, :one), label: "restart running")
IO.inspect(Supervisor.delete_child(sup, :one), label: "delete running")
:ok = Supervisor.terminate_child(sup, :one)
IO.inspect(Supervisor.delete_child(sup, :one), label: "delete")
IO.inspect(Supervisor.delete_child(sup, :one), label: "delete again")
IO.inspect(Supervisor.restart_child(sup, :one), label: "restart deleted")
{:ok, _} = Supervisor.start_child(sup, Supervisor.child_spec({Leaf, 2}, id: :two))
{:error, {:already_started, _}} = Supervisor.start_child(sup, Supervisor.child_spec({Leaf, 3}, id: :two))
IO.puts("already started")
:ok = Supervisor.terminate_child(sup, :two)
IO.inspect(Supervisor.start_child(sup, Supervisor.child_spec({Leaf, 3}, id: :two)), label: "start stopped id")
IO.inspect(Supervisor.count_children(sup), label: "counts")
