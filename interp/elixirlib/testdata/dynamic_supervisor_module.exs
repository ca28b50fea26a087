# Module-based DynamicSupervisor with extra_arguments, restart intensity,
# and shutdown of all children when the supervisor stops.
defmodule Room do
  use GenServer, restart: :permanent
  def start_link(topic, name), do: GenServer.start_link(__MODULE__, {topic, name})
  def init({topic, name}) do
    Process.flag(:trap_exit, true)
    IO.puts("room #{name} in #{topic} up")
    {:ok, name}
  end
  def terminate(reason, name), do: IO.puts("room #{name} down: #{inspect(reason)}")
end

defmodule Rooms do
  use DynamicSupervisor
  def start_link(topic), do: DynamicSupervisor.start_link(__MODULE__, topic, name: __MODULE__)
  @impl true
  def init(topic), do: DynamicSupervisor.init(strategy: :one_for_one, extra_arguments: [topic], max_restarts: 2, max_seconds: 10)
end

IO.inspect(Rooms.child_spec(:t), label: "child_spec")
IO.inspect(DynamicSupervisor.child_spec(name: :x), label: "DynamicSupervisor.child_spec")
Process.flag(:trap_exit, true)
{:ok, sup} = Rooms.start_link("elixir")
{:ok, a} = DynamicSupervisor.start_child(Rooms, %{id: :a, start: {Room, :start_link, [:a]}})
{:ok, _b} = DynamicSupervisor.start_child(Rooms, %{id: :b, start: {Room, :start_link, [:b]}})
Process.exit(a, :kill)
Process.sleep(150)
IO.inspect(DynamicSupervisor.count_children(Rooms), label: "after one kill")
[{_, a2, _, _} | _] = DynamicSupervisor.which_children(Rooms) |> Enum.filter(fn {_, p, _, _} -> p != a end)
for {_, p, _, _} <- DynamicSupervisor.which_children(Rooms), do: IO.inspect(is_pid(p), label: "child")
Process.exit(a2, :kill)
Process.sleep(150)
[{_, a3, _, _} | _] = DynamicSupervisor.which_children(Rooms)
Process.exit(a3, :kill)
receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "dynamic supervisor gave up")
after
  1000 -> IO.puts("still alive")
end
Process.sleep(150)
IO.inspect(Process.whereis(Rooms), label: "name after")
{:ok, _} = DynamicSupervisor.start_link(name: Plain, max_children: 1)
IO.inspect(DynamicSupervisor.start_child(Plain, {Agent, fn -> 1 end}) |> elem(0), label: "plain start_child")
IO.inspect(DynamicSupervisor.stop(Plain), label: "stop")
