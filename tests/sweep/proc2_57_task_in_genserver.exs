# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_57_task_in_genserver.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A GenServer starts Task.async work and gets the result in handle_info
# as {ref, result}, then the task's :DOWN (demonitored with :flush here
# for one of them).
defmodule Fetcher do
  use GenServer
  def init(report), do: {:ok, %{report: report, tasks: %{}}}

  def handle_cast({:fetch, n}, s) do
    task = Task.async(fn -> {:fetched, n * n} end)
    {:noreply, put_in(s.tasks[task.ref], n)}
  end

  def handle_info({ref, result}, s) when is_reference(ref) do
    n = s.tasks[ref]
    if rem(n, 2) == 0, do: Process.demonitor(ref, [:flush])
    send(s.report, {:result, n, result})
    {:noreply, s}
  end

  def handle_info({:DOWN, ref, :process, _pid, reason}, s) do
    send(s.report, {:down, s.tasks[ref], reason})
    {:noreply, %{s | tasks: Map.delete(s.tasks, ref)}}
  end
end

{:ok, pid} = GenServer.start_link(Fetcher, self())
GenServer.cast(pid, {:fetch, 3})
receive do: ({:result, n, r} -> IO.inspect({n, r}, label: "result"))
receive do: ({:down, n, r} -> IO.inspect({n, r}, label: "down"))
GenServer.cast(pid, {:fetch, 4})
receive do: ({:result, n, r} -> IO.inspect({n, r}, label: "result"))

receive do
  {:down, n, r} -> IO.inspect({n, r}, label: "unexpected down")
after
  100 -> IO.puts("no down for 4")
end

IO.inspect(map_size(:sys.get_state(pid).tasks), label: "tasks left")
