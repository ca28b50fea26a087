defmodule Rooms.Room do
  use GenServer

  # Starts a room, registered in Rooms.Registry under its name (a via
  # tuple: see Rooms.via/1).
  def start_link(name), do: GenServer.start_link(__MODULE__, name)

  @impl true
  def init(name) do
    IO.puts("room #{name} opened")
    {:ok, []}
  end

  @impl true
  def handle_cast({:say, who, text}, messages), do: {:noreply, ["#{who}: #{text}" | messages]}

  @impl true
  def handle_call(:history, _from, messages), do: {:reply, Enum.reverse(messages), messages}
end

defmodule Rooms do
  use Supervisor

  # Starts the tree, registered as Rooms.
  def start_link(_opts \\ []), do: Supervisor.start_link(__MODULE__, :ok, name: __MODULE__)

  @impl true
  def init(:ok) do
    # The Registry Rooms.Registry and the DynamicSupervisor
    # Rooms.RoomSupervisor.
    children = []
    Supervisor.init(children, strategy: :one_for_one)
  end

  # The name of a room, for GenServer functions.
  def via(name) do
  end

  # Starts a room under Rooms.RoomSupervisor.
  def open(name) do
  end

  # The room's pid, or nil.
  def whereis(name) do
  end

  def say(name, who, text), do: GenServer.cast(via(name), {:say, who, text})

  def history(name), do: GenServer.call(via(name), :history)

  # How many rooms are open.
  def count do
  end
end
