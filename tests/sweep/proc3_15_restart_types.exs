# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_15_restart_types.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# permanent, transient and temporary children after a :normal exit, a
# {:shutdown, _} exit and a kill: which ones the supervisor restarts.
defmodule Kid do
  use GenServer
  def start_link({id, _restart}), do: GenServer.start_link(__MODULE__, id, name: id)
  def child_spec({id, restart}), do: %{id: id, start: {__MODULE__, :start_link, [{id, restart}]}, restart: restart}
  def init(id), do: {:ok, id}
  def handle_cast({:exit, reason}, s), do: {:stop, reason, s}
end

ids = [perm: :permanent, trans: :transient, temp: :temporary]
{:ok, sup} = Supervisor.start_link(Enum.map(ids, &{Kid, &1}), strategy: :one_for_one, max_restarts: 10)

status = fn ->
  for {id, pid, _, _} <- Enum.sort(Supervisor.which_children(sup)), do: {id, if(is_pid(pid), do: :running, else: pid)}
end

stop_all = fn reason ->
  for {id, _} <- ids, pid = Process.whereis(id) do
    ref = Process.monitor(pid)
    GenServer.cast(id, {:exit, reason})
    receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
  end

  Process.sleep(20)
end

stop_all.(:normal)
IO.inspect(status.(), label: ":normal")
Supervisor.restart_child(sup, :trans)
stop_all.({:shutdown, :done})
IO.inspect(status.(), label: "{:shutdown, _}")
Supervisor.restart_child(sup, :trans)

for {id, _} <- ids, pid = Process.whereis(id) do
  ref = Process.monitor(pid)
  Process.exit(pid, :kill)
  receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
end

Process.sleep(20)
IO.inspect(status.(), label: ":kill")
IO.inspect(Supervisor.count_children(sup))
