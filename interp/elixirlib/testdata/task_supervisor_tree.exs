# Task.Supervisor, and a supervision tree three levels deep: restarts stay
# inside the failing subtree, shutdown goes children first, bottom up.
defmodule Log do
  def start, do: Agent.start(fn -> [] end, name: Log)
  def put(e), do: Agent.update(Log, &[e | &1])
  def take, do: Agent.get_and_update(Log, fn l -> {Enum.reverse(l), []} end)
end

defmodule Leaf do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)
  def init(name) do
    if name != :r3, do: Process.flag(:trap_exit, true)
    Log.put({:start, name})
    {:ok, name}
  end
  def terminate(reason, name), do: Log.put({:stop, name, reason})
end

defmodule Branch do
  use Supervisor
  def start_link({name, leaves, strategy}), do: Supervisor.start_link(__MODULE__, {leaves, strategy}, name: name)
  @impl true
  def init({leaves, strategy}) do
    children = for l <- leaves, do: Supervisor.child_spec({Leaf, l}, id: l)
    Supervisor.init(children, strategy: strategy)
  end
end

defmodule Root do
  use Supervisor
  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: Root)
  @impl true
  def init(_arg) do
    children = [
      Supervisor.child_spec({Branch, {:left, [:l1, :l2], :one_for_all}}, id: :left),
      Supervisor.child_spec({Branch, {:right, [:r1, :r2, :r3], :rest_for_one}}, id: :right),
      {Task.Supervisor, name: Tasks}
    ]
    Supervisor.init(children, strategy: :one_for_one)
  end
end

defmodule Wait do
  def restarted(name, old, n \\ 200) do
    case Process.whereis(name) do
      p when is_pid(p) and p != old -> p
      _ when n > 0 -> Process.sleep(5); restarted(name, old, n - 1)
      _ -> nil
    end
  end
end

Log.start()
{:ok, _root} = Root.start_link(:ok)
IO.inspect(Log.take(), label: "started")
IO.inspect(Supervisor.which_children(Root) |> Enum.map(fn {id, _, type, mods} -> {id, type, mods} end), label: "root children")
IO.inspect(Supervisor.count_children(Root), label: "root counts")
IO.inspect(Branch.child_spec({:x, [], :one_for_one}), label: "use Supervisor child_spec")
old = Process.whereis(:l2)
Process.exit(old, :kill)
Wait.restarted(:l2, old)
Process.sleep(150)
IO.inspect(Log.take(), label: "kill l2 (one_for_all branch)")
old = Process.whereis(:r2)
Process.exit(old, :kill)
Wait.restarted(:r2, old)
Process.sleep(150)
IO.inspect(Log.take(), label: "kill r2 (rest_for_one branch)")
IO.inspect(Supervisor.terminate_child(Root, :left), label: "terminate the left branch")
IO.inspect(Log.take(), label: "left branch stopped")
IO.inspect(Supervisor.restart_child(Root, :left) |> elem(0), label: "restart the left branch")
IO.inspect(Log.take(), label: "left branch restarted")
# a leaf crashing too often: its branch gives up (exits :shutdown after
# stopping its leaves) and the root restarts the whole branch
old_left = Process.whereis(:left)
for _ <- 1..4 do
  old = Process.whereis(:l1)
  Process.exit(old, :kill)
  Wait.restarted(:l1, old)
end
Process.sleep(150)
IO.inspect(Process.whereis(:left) != old_left, label: "left branch replaced")
IO.inspect(Log.take() |> Enum.frequencies() |> Enum.sort(), label: "leaf events")

# Task.Supervisor
t = Task.Supervisor.async(Tasks, fn -> 6 * 7 end)
IO.inspect(Task.await(t), label: "supervised async")
IO.inspect(Task.Supervisor.async(Tasks, Enum, :sum, [[1, 2, 3]]) |> Task.await(), label: "supervised async mfa")
nl = Task.Supervisor.async_nolink(Tasks, fn -> raise "nolink boom" end)
Process.sleep(150)
IO.inspect(Task.yield(nl) |> then(fn {:exit, {e, _}} -> {:exit, e} end), label: "async_nolink crash")
{:ok, pid} = Task.Supervisor.start_child(Tasks, fn -> Process.sleep(200) end)
IO.inspect(Task.Supervisor.children(Tasks) == [pid], label: "children")
IO.inspect(Task.Supervisor.terminate_child(Tasks, pid), label: "terminate_child")
IO.inspect(Task.Supervisor.children(Tasks), label: "children after")
res = Task.Supervisor.async_stream_nolink(Tasks, [1, 0, 2], fn x -> div(10, x) end) |> Enum.map(fn {:ok, v} -> v; {:exit, {e, _}} -> {:exit, e} end)
IO.inspect(res, label: "async_stream_nolink")
IO.inspect(Task.Supervisor.async_stream(Tasks, 1..3, &(&1 * 2)) |> Enum.to_list(), label: "supervised async_stream")
Process.sleep(150)

Log.take()
Supervisor.stop(Root)
IO.inspect(Log.take(), label: "stop order")
IO.inspect(Enum.map([Root, :left, :right, :l1, :r3, Tasks], &Process.whereis/1), label: "all gone")
