# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_16_one_for_all_names.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# one_for_all: one child's crash restarts every child; registered names
# point at the new processes afterwards.
defmodule Named do
  use Agent
  def start_link(name), do: Agent.start_link(fn -> name end, name: name)
end

children = [
  Supervisor.child_spec({Named, :first}, id: :first),
  Supervisor.child_spec({Named, :second}, id: :second),
  Supervisor.child_spec({Named, :third}, id: :third)
]

{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_all)
before = Enum.map([:first, :second, :third], &Process.whereis/1)
ref = Process.monitor(Process.whereis(:second))
Process.exit(Process.whereis(:second), :kill)
receive do: ({:DOWN, ^ref, _, _, reason} -> IO.inspect(reason, label: "second down"))

# the supervisor restarts all three; wait until the last one is back
wait = fn wait ->
  case Process.whereis(:third) do
    pid when is_pid(pid) -> if pid in before, do: (Process.sleep(5); wait.(wait)), else: :ok
    nil -> Process.sleep(5); wait.(wait)
  end
end

wait.(wait)
later = Enum.map([:first, :second, :third], &Process.whereis/1)
IO.inspect(Enum.all?(later, &is_pid/1), label: "all registered again")
IO.inspect(Enum.zip(before, later) |> Enum.map(fn {a, b} -> a != b end), label: "all replaced")
IO.inspect(Enum.map(before, &Process.alive?/1), label: "old alive")
IO.inspect(Agent.get(:third, & &1), label: "third state")
IO.inspect(Supervisor.which_children(sup) |> Enum.map(&elem(&1, 0)), label: "ids")
