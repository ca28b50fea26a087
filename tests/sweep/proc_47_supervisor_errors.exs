# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_47_supervisor_errors.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# A child that fails to start makes Supervisor.start_link return an error.
defmodule Good do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, :ok)
  def init(:ok), do: {:ok, :fine}
end

defmodule Bad do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, :ok)
  def init(:ok), do: {:stop, :no_config}
end

Process.flag(:trap_exit, true)
result = Supervisor.start_link([Good, Bad], strategy: :one_for_one)
IO.inspect(result, label: "start_link")

{:ok, sup} = Supervisor.start_link([Good], strategy: :one_for_one)
IO.inspect(Supervisor.start_child(sup, Bad), label: "start_child")
IO.inspect(Supervisor.start_child(sup, Good), label: "duplicate id")
IO.inspect(Supervisor.count_children(sup), label: "count")
IO.inspect(Supervisor.terminate_child(sup, :missing), label: "terminate missing")
