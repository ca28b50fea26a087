# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_19_supervisor_init_value.exs),
# adjusted to 1.18: its Supervisor.init/2 adds auto_shutdown: :never to the
# flags map (lib/elixir/lib/supervisor.ex in v1.18.4).
# Supervisor.init/2 returns the flags map and normalized child specs; a
# module-based supervisor's init/1 returns it.
defmodule W do
  use GenServer
  def start_link(a), do: GenServer.start_link(__MODULE__, a)
  def init(a), do: {:ok, a}
end

IO.inspect(Supervisor.init([W], strategy: :one_for_one))
IO.inspect(Supervisor.init([{W, 1}, %{id: :x, start: {W, :start_link, [2]}}], strategy: :rest_for_one, max_restarts: 1, max_seconds: 2))

try do
  Supervisor.init([W], [])
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end

# the strategy is not checked here: only when the supervisor starts
{:ok, {flags, _}} = Supervisor.init([W], strategy: :one_for_two)
IO.inspect(flags.strategy, label: "unchecked")
