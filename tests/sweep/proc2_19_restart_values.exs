# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_19_restart_values.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# restart: :permanent, :transient and :temporary children after a normal
# exit and after a crash.
defmodule Job do
  use GenServer

  def start_link({name, report}), do: GenServer.start_link(__MODULE__, {name, report}, name: name)

  def init({name, report}) do
    send(report, {:up, name})
    {:ok, name}
  end

  def handle_cast({:exit, reason}, name), do: {:stop, reason, name}
end

defmodule T do
  def run(restart, reason) do
    me = self()
    name = :"#{restart}_#{inspect(reason)}"
    spec = Supervisor.child_spec({Job, {name, me}}, restart: restart)
    {:ok, sup} = Supervisor.start_link([spec], strategy: :one_for_one)
    receive do: ({:up, ^name} -> :ok)
    pid = Process.whereis(name)
    ref = Process.monitor(pid)
    GenServer.cast(name, {:exit, reason})
    receive do: ({:DOWN, ^ref, _, _, _} -> :ok)

    restarted =
      receive do
        {:up, ^name} -> true
      after
        100 -> false
      end

    children = Supervisor.which_children(sup) |> Enum.map(fn {_, p, _, _} -> is_pid(p) end)
    IO.puts("#{restart} after #{inspect(reason)}: restarted=#{restarted} children=#{inspect(children)}")
    Supervisor.stop(sup)
  end
end

Logger.configure(level: :none)

for restart <- [:permanent, :transient, :temporary],
    reason <- [:normal, {:shutdown, :bye}, :crash] do
  T.run(restart, reason)
end
