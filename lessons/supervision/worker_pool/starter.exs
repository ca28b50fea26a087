defmodule Pool.Worker do
  use GenServer

  # Starts a worker, linked to the caller. It prints "worker ID started".
  def start_link(id), do: GenServer.start_link(__MODULE__, id)

  # Runs `job` (a function of no arguments) in the worker; returns its result.
  def run(worker, job), do: GenServer.call(worker, {:run, job})

  # Stops the worker normally: it has done its work.
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
  # Starts the pool's DynamicSupervisor, registered as Pool, that accepts
  # at most max_workers children.
  def start_link(max_workers) do
  end

  # Starts a Pool.Worker with this id under the pool.
  def start_worker(id) do
  end

  # Stops a worker through the pool.
  def stop_worker(worker) do
  end

  # How many workers are running.
  def size do
  end
end
