# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_84_sup_temporary_restart_child.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A temporary child that stops is removed from the supervisor, so
# restart_child cannot find it; a transient one stays as :undefined.
defmodule Once do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, nil)
  def init(_), do: {:ok, nil}
  def handle_cast(:done, s), do: {:stop, :normal, s}
end

children = [
  Supervisor.child_spec(Once, id: :temp, restart: :temporary),
  Supervisor.child_spec(Once, id: :trans, restart: :transient)
]

{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)

for {id, pid, _, _} <- Supervisor.which_children(sup) do
  ref = Process.monitor(pid)
  GenServer.cast(pid, :done)
  receive do: ({:DOWN, ^ref, _, _, _} -> IO.puts("#{id} stopped"))
end

Process.sleep(20)
IO.inspect(Supervisor.which_children(sup), label: "children")
IO.inspect(Supervisor.restart_child(sup, :temp), label: "restart temp")
{:ok, pid} = Supervisor.restart_child(sup, :trans)
IO.inspect(is_pid(pid), label: "restart trans")
IO.inspect(Supervisor.count_children(sup), label: "count")
