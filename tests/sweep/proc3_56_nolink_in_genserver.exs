# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_56_nolink_in_genserver.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# The documented pattern: a GenServer starts Task.Supervisor.async_nolink
# tasks and handles their {ref, result} and :DOWN messages in handle_info.
defmodule Fetcher do
  use GenServer

  def start_link(sup), do: GenServer.start_link(__MODULE__, sup)
  def fetch(pid, n), do: GenServer.cast(pid, {:fetch, n})
  def results(pid), do: GenServer.call(pid, :results)

  def init(sup), do: {:ok, %{sup: sup, tasks: %{}, results: []}}

  def handle_cast({:fetch, n}, s) do
    task =
      Task.Supervisor.async_nolink(s.sup, fn ->
        if n < 0, do: exit({:shutdown, :negative}), else: n * 100
      end)

    {:noreply, put_in(s.tasks[task.ref], n)}
  end

  def handle_call(:results, _from, s), do: {:reply, Enum.sort(s.results), s}

  def handle_info({ref, value}, s) when is_map_key(s.tasks, ref) do
    Process.demonitor(ref, [:flush])
    {n, tasks} = Map.pop(s.tasks, ref)
    {:noreply, %{s | tasks: tasks, results: [{n, {:ok, value}} | s.results]}}
  end

  def handle_info({:DOWN, ref, :process, _pid, reason}, s) when is_map_key(s.tasks, ref) do
    {n, tasks} = Map.pop(s.tasks, ref)
    {:noreply, %{s | tasks: tasks, results: [{n, {:failed, reason}} | s.results]}}
  end
end

{:ok, sup} = Task.Supervisor.start_link()
{:ok, f} = Fetcher.start_link(sup)
for n <- [1, -1, 2], do: Fetcher.fetch(f, n)

wait = fn wait ->
  case Fetcher.results(f) do
    results when length(results) == 3 -> results
    _ -> Process.sleep(5); wait.(wait)
  end
end

IO.inspect(wait.(wait))
IO.inspect(Process.info(f, :message_queue_len), label: "server queue")
