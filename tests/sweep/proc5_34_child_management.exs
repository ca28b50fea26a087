# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_34_child_management.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# which_children/count_children through terminate_child, restart_child,
# delete_child and start_child, with the errors each returns.
defmodule W do
  use Agent
  def start_link(v), do: Agent.start_link(fn -> v end)
end

children = [
  Supervisor.child_spec({W, 1}, id: :one),
  Supervisor.child_spec({W, 2}, id: :two)
]

{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
show = fn label ->
  kids = for {id, pid, type, mods} <- Supervisor.which_children(sup), do: {id, is_pid(pid), type, mods}
  IO.inspect(kids, label: label)
end

show.("start")
IO.inspect(Supervisor.count_children(sup))
IO.inspect(Supervisor.terminate_child(sup, :one), label: "terminate")
show.("terminated")
IO.inspect(Supervisor.count_children(sup))
IO.inspect(Supervisor.terminate_child(sup, :nope), label: "terminate unknown")
IO.inspect(Supervisor.delete_child(sup, :two), label: "delete running")
{:ok, pid} = Supervisor.restart_child(sup, :one)
IO.inspect(is_pid(pid), label: "restarted")
IO.inspect(Supervisor.restart_child(sup, :one), label: "restart running")
IO.inspect(Supervisor.restart_child(sup, :nope), label: "restart unknown")
Supervisor.terminate_child(sup, :two)
IO.inspect(Supervisor.delete_child(sup, :two), label: "delete stopped")
show.("after delete")
{:ok, _} = Supervisor.start_child(sup, Supervisor.child_spec({W, 3}, id: :three))
{:error, {:already_started, _}} = Supervisor.start_child(sup, Supervisor.child_spec({W, 3}, id: :three))
IO.puts("already_started")
Supervisor.terminate_child(sup, :three)
IO.inspect(Supervisor.start_child(sup, Supervisor.child_spec({W, 3}, id: :three)), label: "start over stopped")
show.("end")
