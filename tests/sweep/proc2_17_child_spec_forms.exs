# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_17_child_spec_forms.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Child specs as maps, {module, arg} tuples and bare modules, and what
# Supervisor.child_spec/2 builds from them.
defmodule Worker do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
end

defmodule TempWorker do
  use GenServer, restart: :temporary, shutdown: 1000
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
end

IO.inspect(Worker.child_spec(:a))
IO.inspect(TempWorker.child_spec(:b))
IO.inspect(Supervisor.child_spec({Worker, :c}, id: :other))
IO.inspect(Supervisor.child_spec(Worker, restart: :transient))
IO.inspect(Supervisor.child_spec(%{id: :m, start: {Worker, :start_link, [1]}}, shutdown: :brutal_kill))

children = [
  %{id: :map_child, start: {Worker, :start_link, [:m]}},
  {TempWorker, :t},
  Supervisor.child_spec({Worker, :w}, id: :w2)
]

{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)

for {id, pid, type, mods} <- Supervisor.which_children(sup) do
  IO.inspect({id, is_pid(pid), type, mods})
end

IO.inspect(Supervisor.count_children(sup))
