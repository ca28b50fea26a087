# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_28_supervisor_restart.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# A one_for_one supervisor restarts a crashing worker; max_restarts
# reached shuts the supervisor down.
defmodule Flaky do
  use GenServer

  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: via(id))
  defp via(id), do: String.to_atom("flaky_#{id}")
  def crash(id), do: GenServer.cast(via(id), :crash)

  def init(id) do
    IO.puts("flaky #{id} up")
    {:ok, id}
  end

  def handle_cast(:crash, id), do: {:stop, :crashed_on_purpose, id}
end

defmodule Wait do
  def until(fun, n \\ 100) do
    cond do
      fun.() -> :ok
      n == 0 -> :gave_up
      true -> Process.sleep(5); until(fun, n - 1)
    end
  end
end

Process.flag(:trap_exit, true)

children = [
  Supervisor.child_spec({Flaky, 1}, id: :one),
  Supervisor.child_spec({Flaky, 2}, id: :two)
]

{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one, max_restarts: 2, max_seconds: 5)
old = Process.whereis(:flaky_1)
Flaky.crash(1)
Wait.until(fn -> Process.whereis(:flaky_1) not in [nil, old] end)
IO.puts("restarted once")
old = Process.whereis(:flaky_1)
Flaky.crash(1)
Wait.until(fn -> Process.whereis(:flaky_1) not in [nil, old] end)
IO.puts("restarted twice")
Flaky.crash(1)

receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "supervisor exited")
end

IO.inspect(Process.whereis(:flaky_2), label: "sibling after shutdown")
