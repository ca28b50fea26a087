# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_22_task_supervisor_children.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Task.Supervisor.start_child/2 with restart options, children/1, and
# async_nolink with a crash that the caller sees as :DOWN.
Logger.configure(level: :none)
{:ok, sup} = Task.Supervisor.start_link(name: MyTasks)
me = self()

{:ok, pid} = Task.Supervisor.start_child(MyTasks, fn -> receive do: (:go -> send(me, :went)) end)
IO.inspect(Task.Supervisor.children(MyTasks) == [pid], label: "one child")
send(pid, :go)
receive do: (:went -> IO.puts("child ran"))
Process.sleep(20)
IO.inspect(Task.Supervisor.children(sup), label: "no children")

task = Task.Supervisor.async_nolink(MyTasks, fn -> raise "oops" end)
ref = task.ref
receive do
  {^ref, _} -> IO.puts("unexpected reply")
  {:DOWN, ^ref, :process, _, {%RuntimeError{message: m}, _}} -> IO.inspect(m, label: "DOWN")
end

t2 = Task.Supervisor.async_nolink(MyTasks, fn -> :fine end)
IO.inspect(Task.await(t2), label: "await nolink")

{:ok, p2} = Task.Supervisor.start_child(MyTasks, fn -> Process.sleep(:infinity) end)
IO.inspect(Task.Supervisor.terminate_child(MyTasks, p2), label: "terminate_child")
IO.inspect(Task.Supervisor.terminate_child(MyTasks, p2), label: "terminate again")

{:ok, p3} = Task.Supervisor.start_child(MyTasks, fn -> receive do: (:x -> exit(:bye)) end, restart: :transient)
send(p3, :x)
Process.sleep(50)
[p4] = Task.Supervisor.children(MyTasks)
IO.inspect(p4 != p3, label: "transient restarted")
