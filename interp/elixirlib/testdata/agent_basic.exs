# Agent: every function, names, errors, and what a caller sees.
{:ok, a} = Agent.start_link(fn -> %{} end)
IO.inspect(Agent.update(a, &Map.put(&1, :x, 1)), label: "update")
IO.inspect(Agent.get(a, & &1), label: "get")
IO.inspect(Agent.get_and_update(a, fn s -> {Map.get(s, :x), Map.put(s, :y, 2)} end), label: "get_and_update")
IO.inspect(Agent.cast(a, &Map.put(&1, :z, 3)), label: "cast")
IO.inspect(Agent.get(a, &map_size/1), label: "size after cast")
IO.inspect(Agent.get(a, Map, :keys, []), label: "get mfa")
IO.inspect(Agent.update(a, Map, :delete, [:x]), label: "update mfa")
IO.inspect(Agent.get(a, &Map.keys/1), label: "keys")
{:ok, named} = Agent.start(fn -> 10 end, name: :counter)
IO.inspect(Process.whereis(:counter) == named, label: "registered")
IO.inspect(Agent.start(fn -> 10 end, name: :counter) |> elem(0), label: "second start")
IO.inspect(Agent.get(:counter, &(&1 * 2)), label: "named get")
IO.inspect(:sys.get_state(:counter), label: "sys state")
IO.inspect(:sys.replace_state(:counter, &(&1 + 1)), label: "replace_state")
{:ok, slow} = Agent.start(fn -> 0 end)
try do
  Agent.get(slow, fn s -> Process.sleep(200); s end, 50)
catch
  :exit, {:timeout, {GenServer, :call, [^slow, {:get, _}, 50]}} -> IO.puts("get timed out with the GenServer.call exit")
end
IO.inspect(Agent.stop(slow), label: "stop")
try do
  Agent.get(slow, & &1)
catch
  :exit, {:noproc, {GenServer, :call, _}} -> IO.puts("noproc after stop")
end
Process.flag(:trap_exit, true)
{:ok, bad} = Agent.start_link(fn -> 0 end)
try do
  Agent.get_and_update(bad, fn s -> s end)
catch
  :exit, {reason, {GenServer, :call, _}} -> IO.inspect(reason, label: "bad get_and_update")
end
receive do
  {:EXIT, ^bad, reason} -> IO.inspect(reason, label: "EXIT")
end
Process.sleep(150)
IO.inspect(Agent.start(fn -> raise "no" end) |> elem(0), label: "init raise")
IO.inspect(Agent.stop(:counter, :shutdown), label: "stop shutdown")
