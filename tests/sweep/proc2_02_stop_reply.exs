# Expectation: recorded with Elixir 1.14 / OTP 25 through Code.eval_file/1 (1.14's
# compiler fails on its top-level receive; 1.18 does not); nothing in it differs
# in 1.18 (no charlists, stack frames, anonymous function names or messages).
# {:stop, reason, reply, state} answers the caller, then terminate/2 runs.
defmodule Stopper do
  use GenServer

  def init(n), do: {:ok, n}

  def handle_call(:quit, _from, n), do: {:stop, :normal, {:bye, n}, n + 1}
  def handle_call(:get, _from, n), do: {:reply, n, n}

  def terminate(reason, n) do
    IO.puts("terminate #{inspect(reason)} with #{n}")
  end
end

{:ok, pid} = GenServer.start(Stopper, 41)
ref = Process.monitor(pid)
IO.inspect(GenServer.call(pid, :get), label: "get")
IO.inspect(GenServer.call(pid, :quit), label: "quit")

receive do
  {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "down")
end

IO.inspect(Process.alive?(pid), label: "alive")

try do
  GenServer.call(pid, :get)
catch
  :exit, reason -> IO.inspect(reason, label: "call after stop")
end
