defmodule Counter do
  use GenServer

  def start_link(initial), do: GenServer.start_link(__MODULE__, initial, name: __MODULE__)

  def increment, do: GenServer.call(__MODULE__, :increment)

  def value, do: GenServer.call(__MODULE__, :value)

  @impl true
  def init(initial) do
    IO.puts("Counter starting at #{initial}")
    {:ok, initial}
  end

  @impl true
  def handle_call(:increment, _from, n), do: {:reply, n + 1, n + 1}
  def handle_call(:value, _from, n), do: {:reply, n, n}
end

defmodule Counter.Supervisor do
  use Supervisor

  def start_link(initial), do: Supervisor.start_link(__MODULE__, initial, name: __MODULE__)

  @impl true
  def init(initial) do
    children = [{Counter, initial}]
    Supervisor.init(children, strategy: :one_for_one, max_restarts: 5, max_seconds: 10)
  end
end
