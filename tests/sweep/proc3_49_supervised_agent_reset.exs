# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_49_supervised_agent_reset.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A named Agent under a supervisor: after a crash the restarted agent
# starts over from its initial state, under the same name.
defmodule Cache do
  use Agent
  def start_link(_), do: Agent.start_link(fn -> %{} end, name: __MODULE__)
  def put(k, v), do: Agent.update(__MODULE__, &Map.put(&1, k, v))
  def all, do: Agent.get(__MODULE__, & &1)
end

{:ok, _sup} = Supervisor.start_link([Cache], strategy: :one_for_one)
Cache.put(:a, 1)
Cache.put(:b, 2)
IO.inspect(Cache.all(), label: "before")
old = Process.whereis(Cache)
ref = Process.monitor(old)
Process.exit(old, :kill)
receive do: ({:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "killed"))

wait = fn wait ->
  case Process.whereis(Cache) do
    pid when is_pid(pid) and pid != old -> :ok
    _ -> Process.sleep(5); wait.(wait)
  end
end

wait.(wait)
IO.inspect(Cache.all(), label: "after restart")
IO.inspect(Process.whereis(Cache) != old, label: "new pid")
Cache.put(:c, 3)
IO.inspect(Cache.all(), label: "usable")
