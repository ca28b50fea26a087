# verdict: pass
# why: counts the workers with which_children, gives the child spec as a
#   map with restart: :transient, and keeps the worker as the starter had it.
defmodule Pool.Worker do
  use GenServer

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
  def start_link(max_workers) do
    DynamicSupervisor.start_link(name: __MODULE__, max_children: max_workers)
  end

  def start_worker(id) do
    spec = %{id: Pool.Worker, start: {Pool.Worker, :start_link, [id]}, restart: :transient}
    DynamicSupervisor.start_child(__MODULE__, spec)
  end

  def stop_worker(worker), do: DynamicSupervisor.terminate_child(__MODULE__, worker)

  def size, do: length(DynamicSupervisor.which_children(__MODULE__))
end
