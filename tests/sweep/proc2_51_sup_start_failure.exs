# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_51_sup_start_failure.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Supervisor.start_link when a child fails to start: the error tuple
# names the child; children started before it are stopped.
defmodule Good do
  use GenServer
  def start_link(report), do: GenServer.start_link(__MODULE__, report)

  def init(report) do
    Process.flag(:trap_exit, true)
    {:ok, report}
  end

  def terminate(reason, report), do: send(report, {:good_stopped, reason})
end

defmodule Bad do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, nil)
  def init(_), do: {:stop, :no_config}
end

Process.flag(:trap_exit, true)
result = Supervisor.start_link([{Good, self()}, {Bad, nil}], strategy: :one_for_one)
IO.inspect(result, label: "start_link")
receive do: ({:good_stopped, r} -> IO.inspect(r, label: "good child stopped"))

receive do
  {:EXIT, _, reason} -> IO.inspect(reason, label: "exit")
after
  100 -> IO.puts("no exit")
end

IO.inspect(Supervisor.start_link([{Bad, nil}], strategy: :one_for_one, name: :sup2), label: "alone")
IO.inspect(Process.whereis(:sup2), label: "name freed")
