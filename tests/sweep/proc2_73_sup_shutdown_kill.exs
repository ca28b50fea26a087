# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_73_sup_shutdown_kill.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A child whose terminate/2 takes longer than its shutdown value is
# killed; with shutdown: :brutal_kill terminate/2 never runs.
defmodule Stubborn do
  use GenServer

  def start_link({name, report}), do: GenServer.start_link(__MODULE__, {name, report})

  def init({name, report}) do
    Process.flag(:trap_exit, true)
    {:ok, {name, report}}
  end

  def terminate(reason, {name, report}) do
    send(report, {:terminate, name, reason})
    receive do: (:never -> :ok)
  end
end

me = self()

children = [
  Supervisor.child_spec({Stubborn, {:slow, me}}, id: :slow, shutdown: 50),
  Supervisor.child_spec({Stubborn, {:brutal, me}}, id: :brutal, shutdown: :brutal_kill)
]

{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
pids = for {id, pid, _, _} <- Supervisor.which_children(sup), into: %{}, do: {id, pid}
refs = for {id, pid} <- pids, into: %{}, do: {Process.monitor(pid), id}
IO.inspect(Supervisor.terminate_child(sup, :slow), label: "terminate slow")
receive do: ({:terminate, :slow, r} -> IO.inspect(r, label: "slow terminate/2"))
receive do: ({:DOWN, ref, _, _, r} -> IO.inspect({refs[ref], r}))
IO.inspect(Supervisor.terminate_child(sup, :brutal), label: "terminate brutal")
receive do: ({:DOWN, ref, _, _, r} -> IO.inspect({refs[ref], r}))

receive do
  {:terminate, name, _} -> IO.puts("#{name} terminate/2 ran")
after
  50 -> IO.puts("brutal terminate/2 did not run")
end
