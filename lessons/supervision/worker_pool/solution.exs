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
  def start_link(max_workers) do
    DynamicSupervisor.start_link(strategy: :one_for_one, max_children: max_workers, name: __MODULE__)
  end

  def start_worker(id), do: DynamicSupervisor.start_child(__MODULE__, {Pool.Worker, id})

  def stop_worker(worker), do: DynamicSupervisor.terminate_child(__MODULE__, worker)

  def size, do: DynamicSupervisor.count_children(__MODULE__).active
end
