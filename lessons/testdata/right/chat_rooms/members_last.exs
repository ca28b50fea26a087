# verdict: pass
# why: Rooms.Members comes last in the tree (a crash of the room registry
#   then restarts it too, which no scenario forbids), whereis/1 goes through
#   GenServer.whereis/1 and members/1 through Registry.count_match/3.
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
      {Registry, keys: :unique, name: Rooms.Registry},
      {DynamicSupervisor, strategy: :one_for_one, name: Rooms.RoomSupervisor},
      {Registry, keys: :duplicate, name: Rooms.Members}
    ]

    Supervisor.init(children, strategy: :rest_for_one)
  end

  def via(name), do: {:via, Registry, {Rooms.Registry, name}}

  def open(name), do: DynamicSupervisor.start_child(Rooms.RoomSupervisor, {Rooms.Room, name})

  def whereis(name), do: GenServer.whereis(via(name))

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

  def members(name), do: Registry.count_match(Rooms.Members, name, :_)
end
