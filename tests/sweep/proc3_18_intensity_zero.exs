# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_18_intensity_zero.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# max_restarts: 0 — the first crash takes the supervisor down, with
# reason :shutdown; its trapping children see terminate/2 first.
defmodule Watch do
  use GenServer
  def start_link({id, report}), do: GenServer.start_link(__MODULE__, {id, report})

  def init({id, report}) do
    Process.flag(:trap_exit, true)
    {:ok, {id, report}}
  end

  def terminate(reason, {id, report}), do: send(report, {:terminate, id, reason})
end

Process.flag(:trap_exit, true)
me = self()
specs = for id <- [:a, :b], do: Supervisor.child_spec({Watch, {id, me}}, id: id)
{:ok, sup} = Supervisor.start_link(specs, strategy: :one_for_one, max_restarts: 0)
[{:b, b, _, _}, {:a, a, _, _}] = Supervisor.which_children(sup)
Process.exit(a, :kill)

receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "supervisor exit")
end

receive do
  {:terminate, id, reason} -> IO.inspect({id, reason}, label: "terminate")
after
  100 -> IO.puts("no terminate")
end

IO.inspect(Process.alive?(b), label: "b alive")
