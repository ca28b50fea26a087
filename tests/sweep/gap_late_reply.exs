# OTP 25's GenServer.call takes its reply through a process alias (its
# monitor, made with alias: :demonitor): once the call has timed out the
# alias is inactive and a late reply is dropped, so the caller's mailbox
# stays empty. Aliases can also be made and used by hand.
defmodule Slow do
  use GenServer
  def init(s), do: {:ok, s}

  def handle_call(:slow, from, s) do
    Process.send_after(self(), {:answer, from}, 100)
    {:noreply, s}
  end

  def handle_call(:fast, _from, s), do: {:reply, :fast, s}

  def handle_info({:answer, from}, s) do
    GenServer.reply(from, :late)
    {:noreply, s}
  end
end

{:ok, pid} = GenServer.start_link(Slow, nil)

try do
  GenServer.call(pid, :slow, 20)
catch
  :exit, {reason, _} -> IO.inspect(reason, label: "call exit")
end

Process.sleep(200)
IO.inspect(Process.info(self(), :messages), label: "after the late reply")
IO.inspect(GenServer.call(pid, :fast), label: "next call")
IO.inspect(Process.info(self(), :messages), label: "after a call")

a = :erlang.alias()
send(a, :through_alias)

receive do
  m -> IO.inspect(m, label: "received")
end

IO.inspect(:erlang.unalias(a), label: "unalias")
send(a, :dropped)
IO.inspect(:erlang.unalias(a), label: "unalias again")
IO.inspect(Process.info(self(), :messages), label: "left")

once = :erlang.alias([:reply])
send(once, :first)
send(once, :second)
IO.inspect(Process.info(self(), :messages), label: "reply alias")
