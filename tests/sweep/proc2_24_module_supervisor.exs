# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_24_module_supervisor.exs),
# adjusted to 1.18: its Supervisor.init/2 also puts auto_shutdown: :never in the
# flags (lib/elixir/lib/supervisor.ex of v1.18.4); nothing else differs.
# A module-based Supervisor with init/1 calling Supervisor.init/2, a
# nested supervisor child, and the child_spec it gets from `use`.
defmodule Inner do
  use Supervisor
  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)

  @impl true
  def init(_arg) do
    Supervisor.init([{Agent, fn -> :inner end}], strategy: :one_for_one)
  end
end

defmodule Outer do
  use Supervisor
  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg)

  @impl true
  def init(arg) do
    children = [
      %{id: :counter, start: {Agent, :start_link, [fn -> arg end, [name: :counter]]}},
      Inner
    ]

    Supervisor.init(children, strategy: :one_for_all, max_restarts: 1)
  end
end

IO.inspect(Outer.child_spec(:x))
IO.inspect(Supervisor.init([Inner], strategy: :one_for_one))
{:ok, sup} = Outer.start_link(10)
IO.inspect(Agent.get(:counter, & &1), label: "counter")

for {id, pid, type, mods} <- Supervisor.which_children(sup) do
  IO.inspect({id, is_pid(pid), type, mods})
end

IO.inspect(Supervisor.count_children(sup), label: "outer")
IO.inspect(Supervisor.count_children(Inner), label: "inner")
