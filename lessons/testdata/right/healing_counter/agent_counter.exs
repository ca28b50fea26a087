# verdict: pass
# why: the counter is an Agent (use Agent gives child_spec/1 too) and the
#   supervisor's options are given as a keyword list built apart.
defmodule Counter do
  use Agent

  def start_link(initial) do
    Agent.start_link(
      fn ->
        IO.puts("Counter starting at #{initial}")
        initial
      end,
      name: __MODULE__
    )
  end

  def increment, do: Agent.get_and_update(__MODULE__, fn n -> {n + 1, n + 1} end)

  def value, do: Agent.get(__MODULE__, & &1)
end

defmodule Counter.Supervisor do
  use Supervisor

  @options [strategy: :one_for_one, max_seconds: 10, max_restarts: 5]

  def start_link(initial), do: Supervisor.start_link(__MODULE__, initial, name: __MODULE__)

  @impl true
  def init(initial), do: Supervisor.init([{Counter, initial}], @options)
end
