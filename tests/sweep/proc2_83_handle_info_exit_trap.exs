# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_83_handle_info_exit_trap.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A trapping GenServer gets its linked workers' exits in handle_info/2
# and can restart them itself.
defmodule Boss do
  use GenServer

  def init(report) do
    Process.flag(:trap_exit, true)
    {:ok, {report, spawn_worker(:w1)}}
  end

  defp spawn_worker(name) do
    spawn_link(fn ->
      receive do
        {:die, reason} -> exit(reason)
      end
    end)
    |> then(&{name, &1})
  end

  def handle_call(:worker, _from, {_, {_, pid}} = s), do: {:reply, pid, s}

  def handle_info({:EXIT, pid, reason}, {report, {name, pid}}) do
    send(report, {:worker_exit, name, reason})
    {:noreply, {report, spawn_worker(name)}}
  end
end

{:ok, boss} = GenServer.start_link(Boss, self())
w = GenServer.call(boss, :worker)
send(w, {:die, :oops})
receive do: ({:worker_exit, n, r} -> IO.inspect({n, r}))
w2 = GenServer.call(boss, :worker)
IO.inspect(w2 != w, label: "new worker")
send(w2, {:die, :normal})
receive do: ({:worker_exit, n, r} -> IO.inspect({n, r}))
IO.inspect(Process.alive?(boss), label: "boss alive")
