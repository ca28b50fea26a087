# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_27_genserver_timeouts.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A GenServer timeout return sends :timeout to handle_info when nothing
# arrives; a message in between cancels it; call timeouts exit the caller
# with {:timeout, {GenServer, :call, ...}} and the late reply is dropped.
defmodule Idle do
  use GenServer
  def init(test), do: {:ok, test, 30}
  def handle_info(:timeout, test) do
    send(test, :idle_timeout)
    {:noreply, test}
  end
  def handle_call(:slow, _from, s) do
    Process.sleep(100)
    {:reply, :slow_reply, s}
  end
  def handle_call(:again, _from, s), do: {:reply, :ok, s, 30}
end

{:ok, p} = GenServer.start_link(Idle, self())
receive do
  :idle_timeout -> IO.puts("idle timeout from init")
after
  500 -> IO.puts("no timeout")
end

GenServer.call(p, :again)
receive do
  :idle_timeout -> IO.puts("idle timeout from call")
after
  500 -> IO.puts("no timeout")
end

try do
  GenServer.call(p, :slow, 10)
catch
  :exit, {:timeout, {GenServer, :call, [^p, :slow, 10]}} -> IO.puts("call timed out")
end

Process.sleep(150)
{:messages, msgs} = Process.info(self(), :messages)
IO.inspect(msgs, label: "mailbox after late reply")
IO.inspect(Process.alive?(p), label: "server alive")
