# Crash reports: a failing handle_continue, an idle :timeout message,
# a terminate/2 that raises, an Agent function that raises, a throw
# that is not a valid return, and await_many with a crashing task.
defmodule Rep do
  use GenServer
  def init(:continue_crash), do: {:ok, :s, {:continue, :boom}}
  def init(:idle), do: {:ok, :idle, 100}
  def init(:bad_terminate), do: {:ok, :bt}
  def init(:throw), do: {:ok, :th}
  def handle_continue(:boom, _s) do
    # wait until the test monitors us
    receive do
      :go -> raise("continue failed")
    end
  end
  def handle_info(:timeout, :idle), do: raise(ArgumentError, "idle too long")
  def handle_cast(:stop, s), do: {:stop, :normal, s}
  def handle_call(:throw, _from, _s), do: throw(:not_a_reply)
  def terminate(_reason, :bt), do: raise("terminate failed")
  def terminate(_reason, _s), do: :ok
end

show = fn label, fun ->
  try do
    IO.inspect(fun.(), label: label)
  catch
    :exit, {{e, [_ | _]}, call} -> Process.sleep(150); IO.inspect({{e, :stacktrace}, call}, label: "#{label} exit")
    :exit, reason -> Process.sleep(150); IO.inspect(reason, label: "#{label} exit")
  end
end

for arg <- [:continue_crash, :idle] do
  {:ok, pid} = GenServer.start(Rep, arg)
  ref = Process.monitor(pid)
  if arg == :continue_crash, do: send(pid, :go)
  receive do
    {:DOWN, ^ref, _, _, {e, _stack}} -> Process.sleep(150); IO.inspect(e, label: "#{arg} down")
  end
end
{:ok, pid} = GenServer.start(Rep, :bad_terminate)
ref = Process.monitor(pid)
GenServer.cast(pid, :stop)
receive do
  {:DOWN, ^ref, _, _, {e, _stack}} -> Process.sleep(150); IO.inspect(e, label: "terminate raised, down")
end
{:ok, pid} = GenServer.start(Rep, :throw)
show.("thrown non-reply", fn -> GenServer.call(pid, :throw) end)
{:ok, agent} = Agent.start(fn -> 1 end)
show.("agent update raises", fn -> Agent.update(agent, fn _ -> raise "agent fun failed" end) end)
Process.flag(:trap_exit, true)
show.("await_many with a crash", fn -> Task.await_many([Task.async(fn -> 1 end), Task.async(fn -> exit(:bad_task) end)]) end)
