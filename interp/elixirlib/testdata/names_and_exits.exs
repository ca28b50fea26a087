# GenServer and Agent names through Registry ({:via, Registry, ...}), the
# texts of the exits a caller gets (Exception.format_exit/1), more return
# shapes (continue and hibernate from handle_info/handle_cast, stop from
# handle_continue), Exception.normalize/3, and Task.async_stream options.
defmodule Box do
  use GenServer

  def start_link(name, v), do: GenServer.start_link(__MODULE__, v, name: via(name))
  def via(name), do: {:via, Registry, {Boxes, name}}

  @impl true
  def init(v), do: {:ok, v}

  @impl true
  def handle_call(:get, _from, v), do: {:reply, v, v}
  def handle_call(:quit, _from, v), do: {:stop, :normal, v}
  def handle_call(:slow, _from, v), do: (Process.sleep(300); {:reply, v, v})

  @impl true
  def handle_cast({:put, v}, _), do: {:noreply, v}
  def handle_cast({:put_then, v, next}, _), do: {:noreply, v, {:continue, next}}
  def handle_cast(:hib, v), do: {:noreply, v, :hibernate}

  @impl true
  def handle_info({:add, n}, v), do: {:noreply, v + n, {:continue, :double}}
  def handle_info(:hib, v), do: {:noreply, v, :hibernate}
  def handle_info({:report, to}, v), do: (send(to, {:value, v}); {:noreply, v})

  @impl true
  def handle_continue(:double, v), do: {:noreply, v * 2}
  def handle_continue(:stop, v), do: {:stop, {:shutdown, :continued}, v}
  def handle_continue(:crash, v), do: {:stop, :continue_crash, v}

  @impl true
  def terminate(reason, v), do: IO.puts("terminate #{inspect(reason)} at #{inspect(v)}")
end

exit_text = fn fun ->
  try do
    fun.()
  catch
    :exit, reason -> IO.puts("exit: " <> Exception.format_exit(reason))
  end
end

{:ok, _} = Registry.start_link(keys: :unique, name: Boxes)
{:ok, a} = Box.start_link("a", 1)
IO.inspect(GenServer.whereis(Box.via("a")) == a, label: "whereis via")
IO.inspect(Registry.lookup(Boxes, "a") == [{a, nil}], label: "registry lookup")
IO.inspect(GenServer.call(Box.via("a"), :get), label: "call via")
GenServer.cast(Box.via("a"), {:put, 5})
IO.inspect(GenServer.call(Box.via("a"), :get), label: "after cast via")
IO.inspect(Box.start_link("a", 2) == {:error, {:already_started, a}}, label: "same via name")
IO.inspect(GenServer.whereis(Box.via("nobody")), label: "whereis unknown via")
exit_text.(fn -> GenServer.call(Box.via("nobody"), :get) end)
IO.inspect(GenServer.cast(Box.via("nobody"), :get), label: "cast unknown via")

send(a, {:add, 2})
IO.inspect(GenServer.call(a, :get), label: "info then continue")
GenServer.cast(a, {:put_then, 10, :double})
IO.inspect(GenServer.call(a, :get), label: "cast then continue")
GenServer.cast(a, :hib)
send(a, :hib)
send(a, {:report, self()})
receive do {:value, v} -> IO.inspect(v, label: "after hibernate") end

exit_text.(fn -> GenServer.call(a, :slow, 50) end)
Process.sleep(400)
exit_text.(fn -> GenServer.call(a, :quit) end)
Process.sleep(50)
IO.inspect(Registry.lookup(Boxes, "a"), label: "name freed")

{:ok, b} = GenServer.start(Box, 3)
ref = Process.monitor(b)
GenServer.cast(b, {:put_then, 4, :stop})
receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "continue stop") end
{:ok, c} = GenServer.start(Box, 6)
ref = Process.monitor(c)
GenServer.cast(c, {:put_then, 7, :crash})
receive do {:DOWN, ^ref, _, _, r} -> Process.sleep(100); IO.inspect(r, label: "continue crash") end
exit_text.(fn -> GenServer.call(c, :get) end)

{:ok, ag} = Agent.start_link(fn -> [] end, name: {:via, Registry, {Boxes, :agent}})
Agent.update({:via, Registry, {Boxes, :agent}}, &[:x | &1])
IO.inspect(Agent.get({:via, Registry, {Boxes, :agent}}, & &1), label: "agent via")
IO.inspect(Registry.lookup(Boxes, :agent) == [{ag, nil}], label: "agent registered")
exit_text.(fn -> Agent.get({:via, Registry, {Boxes, :no_agent}}, & &1) end)

IO.inspect(Exception.normalize(:error, :badarith, []), label: "normalize badarith")
IO.inspect(Exception.normalize(:error, {:badmatch, 3}, []), label: "normalize badmatch")
IO.inspect(Exception.normalize(:error, :undef, [{Foo, :bar, [1, 2], []}]), label: "normalize undef")
IO.inspect(Exception.normalize(:error, {:case_clause, :x}, []), label: "normalize case_clause")
IO.inspect(Exception.normalize(:error, :weird, []), label: "normalize other")
IO.inspect(Exception.normalize(:exit, :badarith, []), label: "normalize exit")
IO.inspect(Exception.normalize(:throw, {:badmatch, 1}, []), label: "normalize throw")
e = RuntimeError.exception("kept")
IO.inspect(Exception.normalize(:error, e, []) == e, label: "normalize exception")
IO.puts(Exception.format_banner(:error, :badarith, []))
IO.puts(Exception.format_banner(:exit, {:timeout, {GenServer, :call, [:x, :y, 5]}}, []))

IO.inspect(Task.async_stream([60, 10, 20], fn ms -> Process.sleep(ms); ms end, max_concurrency: 2, ordered: false) |> Enum.to_list(), label: "unordered")
IO.inspect(Task.async_stream(1..5, &(&1 * &1), max_concurrency: 1, ordered: false) |> Enum.to_list(), label: "one at a time")
IO.inspect(Task.async_stream([10, 300, 20], fn ms -> Process.sleep(ms); ms end, timeout: 100, on_timeout: :kill_task) |> Enum.to_list(), label: "kill_task")
exit_text.(fn -> Task.async_stream([300], fn ms -> Process.sleep(ms) end, timeout: 50) |> Enum.to_list() end)
exit_text.(fn -> Task.await(Task.async(fn -> Process.sleep(300) end), 20) end)
