# Edge cases: stop timeouts, {name, node} servers, :ignore on restart,
# max_restarts: 0, yield on a crashed task, call/stop errors.
defmodule SlowStop do
  use GenServer
  def init(x) do
    Process.flag(:trap_exit, true)
    {:ok, x}
  end
  def terminate(_reason, _state), do: Process.sleep(300)
end

defmodule Flaky do
  use Agent
  def start_link(counter) do
    n = Agent.get_and_update(counter, &{&1, &1 + 1})
    if n == 0, do: Agent.start_link(fn -> :up end, name: Flaky), else: :ignore
  end
end

{:ok, s} = GenServer.start(SlowStop, 1)
try do
  GenServer.stop(s, :normal, 50)
catch
  :exit, reason -> IO.inspect(reason, label: "stop timeout")
end
Process.sleep(150)
IO.inspect(Process.alive?(s), label: "still terminating after stop timeout")
{:ok, _} = Agent.start(fn -> 5 end, name: :by_node)
IO.inspect(GenServer.call({:by_node, node()}, {:get, & &1}), label: "call {name, node()}")
IO.inspect(GenServer.whereis({:by_node, node()}) |> is_pid(), label: "whereis {name, node()}")
IO.inspect(Agent.stop(:by_node), label: "agent stop by name")

{:ok, counter} = Agent.start(fn -> 0 end)
{:ok, sup} = Supervisor.start_link([{Flaky, counter}], strategy: :one_for_one)
Process.exit(Process.whereis(Flaky), :kill)
Process.sleep(150)
IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, p, _, _} -> {id, p} end), label: "ignored on restart")
IO.inspect(Supervisor.restart_child(sup, Flaky), label: "restart_child ignore")
Supervisor.stop(sup)

Process.flag(:trap_exit, true)
{:ok, sup} = Supervisor.start_link([%{id: :w, start: {Agent, :start_link, [fn -> 0 end]}}], strategy: :one_for_one, max_restarts: 0)
[{:w, w, _, _}] = Supervisor.which_children(sup)
Process.exit(w, :kill)
receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "max_restarts: 0")
end
t = Task.async(fn -> exit(:task_quit) end)
Process.sleep(150)
IO.inspect(Task.yield(t), label: "yield crashed task")
receive do
  {:EXIT, _, reason} -> IO.inspect(reason, label: "task EXIT")
end
IO.inspect(Task.yield(Task.async(fn -> :fine end), :infinity), label: "yield :infinity")
try do
  GenServer.call(:nobody, :x, -1)
rescue
  e -> IO.inspect(e.__struct__, label: "negative timeout")
end
