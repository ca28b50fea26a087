# verdict: fail
# problem: error
# why: a plain Supervisor instead of a DynamicSupervisor: every worker has
#   the same child id (Pool.Worker), so the second start_child/2 returns
#   {:error, {:already_started, pid}}; and max_children does not exist.
defmodule Pool.Worker do
  use GenServer, restart: :transient

  def start_link(id), do: GenServer.start_link(__MODULE__, id)

  def run(worker, job), do: GenServer.call(worker, {:run, job})

  def finish(worker), do: GenServer.stop(worker, :normal)

  @impl true
  def init(id) do
    IO.puts("worker #{id} started")
    {:ok, id}
  end

  @impl true
  def handle_call({:run, job}, _from, id), do: {:reply, job.(), id}
end

defmodule Pool do
  def start_link(_max_workers) do
    Supervisor.start_link([], strategy: :one_for_one, name: __MODULE__)
  end

  def start_worker(id), do: Supervisor.start_child(__MODULE__, {Pool.Worker, id})

  def stop_worker(worker), do: Supervisor.terminate_child(__MODULE__, worker)

  def size, do: Supervisor.count_children(__MODULE__).active
end
