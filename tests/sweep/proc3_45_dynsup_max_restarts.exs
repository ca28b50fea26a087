# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_45_dynsup_max_restarts.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A DynamicSupervisor whose children keep crashing gives up after
# max_restarts and exits with :shutdown.
defmodule Flaky do
  use GenServer
  def start_link(report), do: GenServer.start_link(__MODULE__, report)

  def init(report) do
    send(report, {:up, self()})
    {:ok, report}
  end
end

Process.flag(:trap_exit, true)
{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, max_restarts: 2, max_seconds: 10)
{:ok, _} = DynamicSupervisor.start_child(sup, {Flaky, self()})

for round <- 1..3 do
  receive do
    {:up, pid} ->
      IO.puts("up #{round}")
      Process.exit(pid, :kill)
  end
end

receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "supervisor exit")
end

IO.inspect(Process.alive?(sup), label: "alive")
