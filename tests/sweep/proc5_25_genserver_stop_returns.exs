# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_25_genserver_stop_returns.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# {:stop, ...} returns from each callback: the caller's view, terminate's
# reason, and what a trapping linked parent receives.
defmodule Stopper do
  use GenServer
  def init(:stop_init), do: {:stop, :no_init}
  def init(:ignore), do: :ignore
  def init(x), do: {:ok, x}
  def handle_call(:stop_reply, _from, s), do: {:stop, :normal, :bye, s}
  def handle_call(:stop_noreply, _from, s), do: {:stop, {:shutdown, :asked}, s}
  def handle_cast(:stop, s), do: {:stop, :shutdown, s}
  def handle_info(:stop, s), do: {:stop, :normal, s}
  def terminate(reason, _s), do: IO.inspect(reason, label: "terminate")
end

Process.flag(:trap_exit, true)
IO.inspect(GenServer.start_link(Stopper, :stop_init))
receive do: ({:EXIT, _, r} -> IO.inspect(r, label: "EXIT after init stop"))
IO.inspect(GenServer.start_link(Stopper, :ignore))
receive do
  {:EXIT, _, r} -> IO.inspect(r, label: "EXIT after ignore")
after
  50 -> IO.puts("no EXIT after ignore")
end

{:ok, p} = GenServer.start_link(Stopper, 0)
IO.inspect(GenServer.call(p, :stop_reply), label: "reply")
receive do: ({:EXIT, ^p, r} -> IO.inspect(r, label: "EXIT"))

{:ok, p} = GenServer.start_link(Stopper, 0)
try do
  GenServer.call(p, :stop_noreply)
catch
  :exit, {r, {GenServer, :call, _}} -> IO.inspect(r, label: "call exit")
end
receive do: ({:EXIT, ^p, r} -> IO.inspect(r, label: "EXIT"))

{:ok, p} = GenServer.start_link(Stopper, 0)
GenServer.cast(p, :stop)
receive do: ({:EXIT, ^p, r} -> IO.inspect(r, label: "EXIT after cast"))

{:ok, p} = GenServer.start_link(Stopper, 0)
send(p, :stop)
receive do: ({:EXIT, ^p, r} -> IO.inspect(r, label: "EXIT after info"))
