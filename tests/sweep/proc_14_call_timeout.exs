# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_14_call_timeout.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# GenServer.call times out when the server takes too long; the caller
# exits with {:timeout, {GenServer, :call, ...}}.
defmodule Slow do
  use GenServer

  def init(_), do: {:ok, nil}

  def handle_call({:work, ms}, _from, s) do
    Process.sleep(ms)
    {:reply, :done, s}
  end
end

{:ok, pid} = GenServer.start_link(Slow, nil, name: Slow)
IO.inspect(GenServer.call(Slow, {:work, 10}), label: "fast")

try do
  GenServer.call(Slow, {:work, 300}, 50)
catch
  :exit, {:timeout, {GenServer, :call, [Slow, {:work, 300}, 50]}} ->
    IO.puts("timed out after 50 ms")
end

Process.sleep(400)
IO.inspect(Process.alive?(pid), label: "server still alive")
IO.inspect(GenServer.call(Slow, {:work, 1}), label: "later call")
GenServer.call(Slow, {:work, 200}, 20)
IO.puts("not reached")
