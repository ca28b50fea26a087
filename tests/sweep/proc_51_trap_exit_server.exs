# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_51_trap_exit_server.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# A GenServer that traps exits sees {:EXIT, pid, reason} from a linked
# worker in handle_info, and terminate/2 runs when its parent stops it.
defmodule Boss do
  use GenServer

  def init(parent) do
    Process.flag(:trap_exit, true)
    worker = spawn_link(fn -> receive do: (:quit -> exit(:worker_quit)) end)
    {:ok, %{parent: parent, worker: worker}}
  end

  def handle_call(:quit_worker, _from, s) do
    send(s.worker, :quit)
    {:reply, :ok, s}
  end

  def handle_info({:EXIT, pid, reason}, %{worker: pid} = s) do
    send(s.parent, {:worker_exit, reason})
    {:noreply, %{s | worker: nil}}
  end

  def terminate(reason, s) do
    send(s.parent, {:terminated, reason})
  end
end

{:ok, boss} = GenServer.start_link(Boss, self())
GenServer.call(boss, :quit_worker)

receive do
  {:worker_exit, reason} -> IO.inspect(reason, label: "worker exit seen by boss")
end

GenServer.stop(boss, :shutdown)

receive do
  {:terminated, reason} -> IO.inspect(reason, label: "terminate/2")
end
