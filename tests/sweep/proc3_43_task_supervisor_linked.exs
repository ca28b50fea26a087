# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_43_task_supervisor_linked.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Task.Supervisor.async/2 (linked to the caller), children/1, and
# start_child with restart: :transient.
# the failing task would log a crash report naming an anonymous function
Logger.configure(level: :none)
{:ok, sup} = Task.Supervisor.start_link(name: Jobs.Sup)
t = Task.Supervisor.async(Jobs.Sup, fn -> Enum.sum(1..10) end)
IO.inspect(Task.await(t), label: "async")
IO.inspect(t.owner == self(), label: "owner")
ts = for n <- 1..3, do: Task.Supervisor.async(sup, fn -> n * n end)
IO.inspect(Task.await_many(ts), label: "await_many")
me = self()

{:ok, pid} =
  Task.Supervisor.start_child(sup, fn ->
    send(me, {:started, self()})
    receive do: (:go -> exit(:failed))
  end, restart: :transient)

receive do: ({:started, ^pid} -> :ok)
send(pid, :go)
receive do: ({:started, new} -> IO.inspect(new != pid, label: "transient child restarted"))
IO.inspect(length(Task.Supervisor.children(sup)), label: "children")
