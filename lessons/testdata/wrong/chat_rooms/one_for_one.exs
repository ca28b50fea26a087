# verdict: fail
# problem: stdout
# why: :one_for_one: when the registry crashes, the rooms keep running
#   without their names, and the lobby cannot be opened again.
defmodule Rooms.Room do
  use GenServer

  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: Rooms.via(name))

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

  def start_link(_opts \\ []), do: Supervisor.start_link(__MODULE__, :ok, name: __MODULE__)

  @impl true
  def init(:ok) do
    children = [
      {Registry, keys: :duplicate, name: Rooms.Members},
      {Registry, keys: :unique, name: Rooms.Registry},
      {DynamicSupervisor, strategy: :one_for_one, name: Rooms.RoomSupervisor}
    ]

    Supervisor.init(children, strategy: :one_for_one)
  end

  def via(name), do: {:via, Registry, {Rooms.Registry, name}}

  def open(name), do: DynamicSupervisor.start_child(Rooms.RoomSupervisor, {Rooms.Room, name})

  def whereis(name) do
    case Registry.lookup(Rooms.Registry, name) do
      [{pid, _}] -> pid
      [] -> nil
    end
  end

  def say(name, who, text) do
    GenServer.cast(via(name), {:say, who, text})

    Registry.dispatch(Rooms.Members, name, fn members ->
      for {pid, _} <- members, do: send(pid, {:said, name, who, text})
    end)
  end

  def history(name), do: GenServer.call(via(name), :history)

  def count, do: Registry.count(Rooms.Registry)

  def join(name) do
    {:ok, _} = Registry.register(Rooms.Members, name, nil)
    :ok
  end

  def members(name), do: length(Registry.lookup(Rooms.Members, name))
end
