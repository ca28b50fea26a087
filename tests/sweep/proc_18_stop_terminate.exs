# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_18_stop_terminate.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# {:stop, reason, reply, state} from handle_call, terminate/2, and
# GenServer.stop with a custom reason.
defmodule Door do
  use GenServer

  def init(name) do
    Process.flag(:trap_exit, true)
    {:ok, name}
  end

  def handle_call(:close, _from, name), do: {:stop, :normal, :closing, name}
  def handle_cast(:slam, name), do: {:stop, {:shutdown, :slammed}, name}

  def terminate(reason, name) do
    IO.puts("#{name} terminate: #{inspect(reason)}")
  end
end

{:ok, a} = GenServer.start(Door, "front")
IO.inspect(GenServer.call(a, :close), label: "reply")
Process.sleep(20)
IO.inspect(Process.alive?(a), label: "front alive")

{:ok, b} = GenServer.start(Door, "back")
ref = Process.monitor(b)
GenServer.cast(b, :slam)

receive do
  {:DOWN, ^ref, _, _, reason} -> IO.inspect(reason, label: "back down")
end

{:ok, c} = GenServer.start(Door, "side")
IO.inspect(GenServer.stop(c, :maintenance), label: "stop")
Process.sleep(100)
IO.puts("done")
