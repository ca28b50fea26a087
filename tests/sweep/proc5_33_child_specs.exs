# Expectation: recorded with Elixir 1.14 / OTP 25, adjusted to 1.18 whose
# missing-module message ends without the final period (child_spec_error/1
# in lib/elixir/lib/supervisor.ex of v1.18.4).
# Supervisor.child_spec/2 overrides and the specs `use GenServer`,
# `use Agent`, `use Task` and `use Supervisor` generate.
defmodule G do
  use GenServer, restart: :transient, shutdown: 10_000
  def init(x), do: {:ok, x}
end

defmodule A do
  use Agent
end

defmodule T do
  use Task
  def start_link(arg), do: Task.start_link(fn -> arg end)
end

defmodule S do
  use Supervisor
  def init(_), do: Supervisor.init([], strategy: :one_for_one)
end

IO.inspect(G.child_spec(:arg))
IO.inspect(A.child_spec(:arg))
IO.inspect(T.child_spec(:arg))
IO.inspect(S.child_spec(:arg))
IO.inspect(Supervisor.child_spec({G, 1}, id: :other, restart: :temporary))
IO.inspect(Supervisor.child_spec(%{id: :x, start: {M, :f, []}}, shutdown: :brutal_kill))
IO.inspect(Supervisor.child_spec({Agent, {Map, :new, []}}, id: :counter))

try do
  Supervisor.child_spec({G, 1}, bogus: 1)
rescue
  e -> IO.puts(Exception.message(e))
end

try do
  Supervisor.child_spec(NotAModule, [])
rescue
  e -> IO.puts(Exception.message(e))
end
