# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_19_call_dead.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# Calling a GenServer that is not running: by name and by dead pid.
defmodule Kv do
  use GenServer
  def init(m), do: {:ok, m}
  def handle_call({:get, k}, _from, m), do: {:reply, Map.get(m, k), m}
end

{:ok, pid} = GenServer.start(Kv, %{a: 1})
IO.inspect(GenServer.call(pid, {:get, :a}), label: "get")
GenServer.stop(pid)

try do
  GenServer.call(pid, {:get, :a})
catch
  :exit, {:noproc, _} -> IO.puts("dead pid: noproc")
end

IO.inspect(GenServer.whereis(Kv), label: "whereis")
IO.puts("calling by name...")
GenServer.call(Kv, {:get, :a})
