# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_16_call_timeout_late_reply.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A caller that catches a call timeout does not receive the late reply
# in its mailbox later.
defmodule Lazy do
  use GenServer
  def init(_), do: {:ok, nil}

  def handle_call(:slow, _from, s) do
    receive do
      :go -> :ok
    end

    {:reply, :late, s}
  end

  def handle_call(:fast, _from, s), do: {:reply, :fast, s}
end

{:ok, pid} = GenServer.start_link(Lazy, nil)

r =
  try do
    GenServer.call(pid, :slow, 30)
  catch
    :exit, {:timeout, {GenServer, :call, [^pid, :slow, 30]}} -> :timed_out
  end

IO.inspect(r)
send(pid, :go)
IO.inspect(GenServer.call(pid, :fast), label: "next call")

receive do
  other -> IO.inspect(other, label: "stray")
after
  50 -> IO.puts("mailbox empty")
end

IO.inspect(Process.info(self(), :message_queue_len), label: "queue")
