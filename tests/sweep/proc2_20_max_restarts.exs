# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_20_max_restarts.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A child that keeps crashing exceeds max_restarts: the supervisor gives
# up and exits with :shutdown.
defmodule Crashy do
  use GenServer
  def start_link(report), do: GenServer.start_link(__MODULE__, report)

  def init(report) do
    send(report, {:up, self()})
    {:ok, report}
  end
end

Process.flag(:trap_exit, true)
{:ok, sup} = Supervisor.start_link([{Crashy, self()}], strategy: :one_for_one, max_restarts: 2, max_seconds: 5)

kill_next = fn ->
  receive do
    {:up, pid} -> Process.exit(pid, :kill)
  end
end

for _ <- 1..3, do: kill_next.()

receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "supervisor exit")
end

IO.inspect(Process.alive?(sup), label: "alive")
