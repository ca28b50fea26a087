# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_59_module_supervisor.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# A module-based supervisor (use Supervisor) with restart strategies per
# child: :permanent, :transient and :temporary.
defmodule Job do
  use GenServer, restart: :transient

  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)
  def init(name), do: {:ok, name}
  def handle_cast(:finish, name), do: {:stop, :normal, name}
  def handle_cast(:fail, name), do: {:stop, :failed, name}
end

defmodule Once do
  use Agent, restart: :temporary
  def start_link(_), do: Agent.start_link(fn -> :once end, name: __MODULE__)
end

defmodule AppSup do
  use Supervisor

  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)

  @impl true
  def init(_arg) do
    children = [
      Supervisor.child_spec({Job, :job_a}, id: :a),
      Supervisor.child_spec({Job, :job_b}, id: :b),
      Once
    ]

    Supervisor.init(children, strategy: :one_for_one)
  end
end

defmodule Wait do
  def gone_or_new(name, old, n \\ 40) do
    Process.sleep(10)
    case Process.whereis(name) do
      ^old when n > 0 -> gone_or_new(name, old, n - 1)
      nil -> :gone
      _ -> :restarted
    end
  end
end

{:ok, _} = AppSup.start_link(:ok)
IO.inspect(Job.child_spec(:x).restart, label: "Job restart")
IO.inspect(Once.child_spec(:x).restart, label: "Once restart")
a = Process.whereis(:job_a)
GenServer.cast(:job_a, :finish)
IO.inspect(Wait.gone_or_new(:job_a, a), label: "transient, normal exit")
b = Process.whereis(:job_b)
GenServer.cast(:job_b, :fail)
IO.inspect(Wait.gone_or_new(:job_b, b), label: "transient, abnormal exit")
once = Process.whereis(Once)
Process.exit(once, :kill)
IO.inspect(Wait.gone_or_new(Once, once), label: "temporary, killed")

AppSup
|> Supervisor.which_children()
|> Enum.map(fn {id, pid, _, _} -> {id, is_pid(pid)} end)
|> IO.inspect(label: "children")
