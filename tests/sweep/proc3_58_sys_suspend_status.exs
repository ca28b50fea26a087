# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_58_sys_suspend_status.exs),
# adjusted to 1.18: the charlists of :sys.get_status's report inspect as
# ~c"..." (1.14 printed 'Status', ...).
# :sys.suspend/1 parks a GenServer: calls time out and casts wait in the
# mailbox until :sys.resume/1; :sys.get_status/1 reports the state and
# whether the server runs or is suspended.
defmodule Tally do
  use GenServer
  def start_link(n), do: GenServer.start_link(__MODULE__, n, name: __MODULE__)
  def init(n), do: {:ok, n}
  def handle_cast(:inc, n), do: {:noreply, n + 1}
  def handle_call(:get, _from, n), do: {:reply, n, n}
end

{:ok, pid} = Tally.start_link(0)
IO.inspect(:sys.suspend(Tally), label: "suspend")
GenServer.cast(Tally, :inc)
GenServer.cast(Tally, :inc)

try do
  GenServer.call(Tally, :get, 50)
catch
  :exit, {:timeout, _} -> IO.puts("call timed out while suspended")
end

IO.inspect(:sys.get_state(Tally), label: "state while suspended")
{:status, ^pid, {:module, :gen_server}, [_pdict, mode, parent, [], info]} = :sys.get_status(Tally)
IO.inspect({mode, parent == self()}, label: "mode")
IO.inspect(info, label: "info")
IO.inspect(Process.info(pid, :message_queue_len), label: "queued")
IO.inspect(:sys.resume(Tally), label: "resume")
IO.inspect(GenServer.call(Tally, :get), label: "after resume")
{:status, _, _, [_, mode, _, _, _]} = :sys.get_status(pid)
IO.inspect(mode, label: "mode")
IO.inspect(:sys.resume(Tally), label: "resume when running")

try do
  :sys.suspend(:nobody)
catch
  :exit, reason -> IO.inspect(reason, label: "suspend unknown")
end
