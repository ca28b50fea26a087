# Supervisor: strategies, restart types, intensity, shutdown order,
# child management and start errors.
defmodule Log do
  def start, do: Agent.start(fn -> [] end, name: Log)
  def put(e), do: Agent.update(Log, &[e | &1])
  def take, do: Agent.get_and_update(Log, fn l -> {Enum.reverse(l), []} end)
end

defmodule Worker do
  use GenServer, restart: :permanent
  def start_link({id, opts}), do: GenServer.start_link(__MODULE__, {id, opts}, name: id)
  def init({id, opts}) do
    if opts[:trap], do: Process.flag(:trap_exit, true)
    Log.put({:start, id})
    {:ok, {id, opts}}
  end
  def handle_call(:crash, _from, _state), do: raise("crash")
  def handle_call(:ping, _from, s), do: {:reply, :pong, s}
  def handle_cast({:stop, reason}, s), do: {:stop, reason, s}
  def terminate(reason, {id, opts}) do
    if ms = opts[:slow], do: Process.sleep(ms)
    Log.put({:terminate, id, reason})
  end
end

defmodule Wait do
  def until(fun, n \\ 200) do
    cond do
      fun.() -> :ok
      n == 0 -> :timeout
      true -> Process.sleep(5); until(fun, n - 1)
    end
  end
  def restarted(name, old), do: until(fn -> (p = Process.whereis(name)) != nil and p != old end)
end

Log.start()
spec = fn id, extra -> Supervisor.child_spec({Worker, {id, Keyword.get(extra, :opts, [trap: true])}}, [id: id] ++ Keyword.delete(extra, :opts)) end

for strategy <- [:one_for_one, :one_for_all, :rest_for_one] do
  {:ok, sup} = Supervisor.start_link([spec.(:a, []), spec.(:b, []), spec.(:c, [])], strategy: strategy)
  IO.inspect(Log.take(), label: "#{strategy} started")
  old = Process.whereis(:b)
  Process.exit(old, :kill)
  Wait.restarted(:b, old)
  Process.sleep(150)
  IO.inspect(Log.take(), label: "#{strategy} after killing b")
  IO.inspect(Supervisor.which_children(sup) |> Enum.map(&elem(&1, 0)), label: "which_children order")
  Supervisor.stop(sup)
  IO.inspect(Log.take(), label: "#{strategy} stop order")
end

# restart types
{:ok, sup} = Supervisor.start_link([spec.(:p, restart: :permanent), spec.(:t, restart: :transient), spec.(:tmp, restart: :temporary)], strategy: :one_for_one, max_restarts: 10)
Log.take()
for id <- [:p, :t, :tmp] do
  old = Process.whereis(id)
  GenServer.cast(id, {:stop, :normal})
  Process.sleep(150)
  IO.inspect({id, Process.whereis(id) not in [nil, old]}, label: "restarted after :normal")
end
IO.inspect(Supervisor.count_children(sup), label: "counts")
IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, p, _, _} -> {id, is_pid(p)} end), label: "children")
old = Process.whereis(:t)
IO.inspect(Supervisor.restart_child(sup, :t) |> elem(0), label: "restart stopped transient")
Wait.restarted(:t, old)
GenServer.cast(:t, {:stop, :boom})
Process.sleep(150)
IO.inspect(is_pid(Process.whereis(:t)), label: "transient restarted after :boom")
IO.inspect(Supervisor.restart_child(sup, :tmp), label: "restart temporary")
IO.inspect(Supervisor.restart_child(sup, :p), label: "restart running")
IO.inspect(Supervisor.delete_child(sup, :p), label: "delete running")
IO.inspect(Supervisor.terminate_child(sup, :p), label: "terminate p")
IO.inspect(Supervisor.terminate_child(sup, :p), label: "terminate p again")
IO.inspect(Supervisor.delete_child(sup, :p), label: "delete p")
IO.inspect(Supervisor.delete_child(sup, :p), label: "delete p again")
IO.inspect(Supervisor.terminate_child(sup, :nope), label: "terminate unknown")
IO.inspect(Supervisor.start_child(sup, spec.(:n, [])) |> elem(0), label: "start_child")
IO.inspect(Supervisor.start_child(sup, spec.(:n, [])) |> elem(0), label: "start_child again")
IO.inspect(Supervisor.start_child(sup, %{id: :x}), label: "missing start")
IO.inspect(Supervisor.start_child(sup, %{start: {Worker, :start_link, [{:x, []}]}}), label: "missing id")
IO.inspect(Supervisor.start_child(sup, %{id: :x, start: {Worker, :start_link, [{:x, []}]}, restart: :sometimes}), label: "bad restart")
IO.inspect(Supervisor.start_child(sup, %{id: :x, start: {Worker, :start_link, [{:x, []}]}, shutdown: -1}), label: "bad shutdown")
IO.inspect(Supervisor.start_child(sup, %{id: :x, start: {Kernel, :exit, [:nope]}}), label: "start exits")
IO.inspect(Supervisor.start_child(sup, %{id: :ig, start: {Kernel, :apply, [fn -> :ignore end, []]}}), label: "start ignore")
IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, p, t, m} -> {id, is_pid(p) or p, t, m} end), label: "children")
Log.take()
Supervisor.stop(sup)
IO.inspect(Log.take(), label: "stop order")

# intensity
Process.flag(:trap_exit, true)
{:ok, sup} = Supervisor.start_link([spec.(:i, [])], strategy: :one_for_one, max_restarts: 2, max_seconds: 5)
Log.take()
for n <- 1..3 do
  old = Process.whereis(:i)
  Process.exit(old, :kill)
  if n < 3, do: Wait.restarted(:i, old)
end
receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "supervisor gave up")
after
  1000 -> IO.puts("supervisor still alive")
end
IO.inspect(Log.take() |> length(), label: "starts logged")

# shutdown timeout: a slow terminate is killed after :shutdown ms
{:ok, sup} = Supervisor.start_link([spec.(:slow, opts: [trap: true, slow: 500], shutdown: 50), spec.(:fast, [])], strategy: :one_for_one)
Log.take()
t0 = System.monotonic_time(:millisecond)
Supervisor.stop(sup)
IO.inspect(System.monotonic_time(:millisecond) - t0 < 400, label: "slow child killed after shutdown timeout")
IO.inspect(Log.take(), label: "terminations")
{:ok, sup} = Supervisor.start_link([spec.(:bk, opts: [trap: true, slow: 500], shutdown: :brutal_kill)], strategy: :one_for_one)
Log.take()
Supervisor.stop(sup)
IO.inspect(Log.take(), label: "brutal_kill terminations")

# start failures
IO.inspect(Supervisor.start_link([spec.(:ok1, []), %{id: :bad, start: {Kernel, :exit, [:nope]}}], strategy: :one_for_one), label: "failed start")
IO.inspect(Log.take(), label: "first child rolled back")
IO.inspect(Supervisor.start_link([spec.(:d, []), spec.(:d, [])], strategy: :one_for_one), label: "duplicate")
IO.inspect(Supervisor.start_link([%{id: :x, start: {Worker, :start_link, [{:x, []}]}}], strategy: :one_for_two), label: "bad strategy")
try do
  Supervisor.start_link([spec.(:a, [])], [])
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  Supervisor.start_link([String], strategy: :one_for_one)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  Supervisor.child_spec(Worker, bogus: 1)
rescue
  e -> IO.puts(Exception.message(e))
end
IO.inspect(Supervisor.child_spec({Worker, {:w, []}}, id: :w, shutdown: 10), label: "child_spec override")
IO.inspect(Worker.child_spec({:w, []}), label: "use GenServer child_spec with options")
{:ok, s} = Supervisor.start_link([], strategy: :one_for_one, name: :named_sup)
IO.inspect(Supervisor.start_link([], strategy: :one_for_one, name: :named_sup), label: "already started")
IO.inspect(Supervisor.stop(s), label: "stop")
try do
  Supervisor.which_children(:named_sup)
catch
  :exit, reason -> IO.inspect(reason, label: "which_children after stop")
end
