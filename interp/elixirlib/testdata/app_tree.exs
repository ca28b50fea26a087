# A typical application tree: a Registry, a DynamicSupervisor of workers
# named through the Registry, and a Task child; workers looked up by key,
# a crashed worker restarted under the same name, then an orderly stop.
defmodule Counter do
  use GenServer, restart: :transient

  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: via(id))
  def via(id), do: {:via, Registry, {Counters.Registry, id}}
  def bump(id), do: GenServer.call(via(id), :bump)
  def start(id), do: DynamicSupervisor.start_child(Counters.Sup, {Counter, id})

  @impl true
  def init(id) do
    IO.puts("counter #{id} starting")
    {:ok, {id, 0}}
  end

  @impl true
  def handle_call(:bump, _from, {id, n}), do: {:reply, n + 1, {id, n + 1}}
  def handle_call(:crash, _from, _state), do: raise("counter crashed")
end

parent = self()
children = [
  {Registry, keys: :unique, name: Counters.Registry},
  {DynamicSupervisor, name: Counters.Sup, strategy: :one_for_one},
  {Task, fn -> send(parent, :task_ran) end}
]
{:ok, app} = Supervisor.start_link(children, strategy: :one_for_one, name: Counters.App)
receive do
  :task_ran -> IO.puts("task child ran")
end
IO.inspect(Supervisor.which_children(Counters.App) |> Enum.map(fn {id, _, type, _} -> {id, type} end), label: "app children")
for id <- ["a", "b"], do: {:ok, _} = Counter.start(id)
IO.inspect(Counter.start("a") |> elem(0), label: "start a again")
IO.inspect(for(_ <- 1..3, do: Counter.bump("a")), label: "bump a")
IO.inspect(Counter.bump("b"), label: "bump b")
IO.inspect(Registry.keys(Counters.Registry, GenServer.whereis(Counter.via("b"))), label: "keys of b")
old = GenServer.whereis(Counter.via("a"))
try do
  GenServer.call(Counter.via("a"), :crash)
catch
  :exit, {{%RuntimeError{message: m}, _}, {GenServer, :call, [{:via, Registry, {Counters.Registry, "a"}}, :crash, 5000]}} ->
    IO.puts("caller got: #{m}")
end
Process.sleep(150)
new = GenServer.whereis(Counter.via("a"))
IO.inspect(is_pid(new) and new != old, label: "a restarted under its name")
IO.inspect(Counter.bump("a"), label: "a starts over")
IO.inspect(DynamicSupervisor.count_children(Counters.Sup), label: "workers")
IO.inspect(Supervisor.count_children(Counters.App), label: "app counts")
IO.inspect(Supervisor.stop(app), label: "app stop")
IO.inspect(Enum.map([Counters.App, Counters.Sup, Counters.Registry], &Process.whereis/1), label: "all gone")
