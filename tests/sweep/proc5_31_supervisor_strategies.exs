# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_31_supervisor_strategies.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# The three strategies: which children get new pids when the middle one
# of three crashes.
Logger.configure(level: :none)

defmodule W do
  use Agent
  def start_link(id), do: Agent.start_link(fn -> id end, name: id)
end

for strategy <- [:one_for_one, :one_for_all, :rest_for_one] do
  children = for id <- [:a, :b, :c], do: Supervisor.child_spec({W, id}, id: id)
  {:ok, sup} = Supervisor.start_link(children, strategy: strategy)
  before = for id <- [:a, :b, :c], do: Process.whereis(id)
  ref = Process.monitor(:b)
  Process.exit(Process.whereis(:b), :kill)
  receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
  Process.sleep(50)
  after_ = for id <- [:a, :b, :c], do: Process.whereis(id)
  changed = for {id, x, y} <- Enum.zip([[:a, :b, :c], before, after_]), x != y, do: id
  IO.inspect(changed, label: "#{strategy} restarted")
  Supervisor.stop(sup)
end
