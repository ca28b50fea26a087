# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_11_genserver_stop_linked.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# A linked GenServer stops itself with a custom reason from handle_info;
# the trapping caller gets {:EXIT, pid, reason} and the logger reports
# the stop (no stacktrace: it is a plain stop reason).
defmodule Sensor do
  use GenServer

  def init(limit), do: {:ok, %{limit: limit, seen: []}}

  def handle_info({:reading, v}, %{limit: limit} = s) when v > limit,
    do: {:stop, {:over_limit, v}, s}

  def handle_info({:reading, v}, s), do: {:noreply, %{s | seen: [v | s.seen]}}
end

Process.flag(:trap_exit, true)
{:ok, pid} = GenServer.start_link(Sensor, 10)
for v <- [3, 7, 12, 5], do: send(pid, {:reading, v})

receive do
  {:EXIT, ^pid, reason} ->
    Process.sleep(100)
    IO.inspect(reason, label: "sensor exited")
end

IO.inspect(Process.alive?(pid), label: "alive")
