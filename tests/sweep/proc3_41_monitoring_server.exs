# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_41_monitoring_server.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A GenServer that starts workers, monitors them and restarts the ones
# that die abnormally (a tiny supervisor), handling :DOWN in handle_info.
defmodule Keeper do
  use GenServer

  def start_link(names), do: GenServer.start_link(__MODULE__, names)
  def pid_of(k, name), do: GenServer.call(k, {:pid, name})
  def restarts(k), do: GenServer.call(k, :restarts)

  def init(names) do
    workers = Map.new(names, fn name -> {name, start_worker()} end)
    {:ok, %{workers: workers, restarts: []}}
  end

  defp start_worker do
    pid = spawn(fn -> receive do: ({:exit, r} -> exit(r)) end)
    Process.monitor(pid)
    pid
  end

  def handle_call({:pid, name}, _from, s), do: {:reply, s.workers[name], s}
  def handle_call(:restarts, _from, s), do: {:reply, Enum.reverse(s.restarts), s}

  def handle_info({:DOWN, _ref, :process, pid, reason}, s) do
    {name, _} = Enum.find(s.workers, fn {_, p} -> p == pid end)

    if reason == :normal do
      {:noreply, %{s | workers: Map.delete(s.workers, name)}}
    else
      {:noreply, %{s | workers: Map.put(s.workers, name, start_worker()), restarts: [{name, reason} | s.restarts]}}
    end
  end
end

# ends a worker and waits until it is gone (the keeper's :DOWN was sent
# with ours)
finish = fn pid, reason ->
  ref = Process.monitor(pid)
  send(pid, {:exit, reason})
  receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
end

{:ok, k} = Keeper.start_link([:x, :y])
x = Keeper.pid_of(k, :x)
finish.(x, :crashed)
IO.inspect(Keeper.pid_of(k, :x) != x, label: "x restarted")
finish.(Keeper.pid_of(k, :y), :normal)
IO.inspect(Keeper.pid_of(k, :y), label: "y after normal exit")
finish.(Keeper.pid_of(k, :x), {:bad, 1})
IO.inspect(Keeper.restarts(k), label: "restarts")
