# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_91_periodic_work.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Periodic work with Process.send_after from init and handle_info; the
# server stops itself after five ticks.
defmodule Periodic do
  use GenServer

  def init(report) do
    schedule()
    {:ok, {report, 0}}
  end

  defp schedule, do: Process.send_after(self(), :work, 5)

  def handle_info(:work, {report, 4}) do
    send(report, {:tick, 5})
    {:stop, :normal, {report, 5}}
  end

  def handle_info(:work, {report, n}) do
    send(report, {:tick, n + 1})
    schedule()
    {:noreply, {report, n + 1}}
  end
end

{:ok, pid} = GenServer.start(Periodic, self())
ref = Process.monitor(pid)
ticks = for _ <- 1..5, do: (receive do: ({:tick, n} -> n))
IO.inspect(ticks, label: "ticks")
receive do: ({:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "stopped"))
