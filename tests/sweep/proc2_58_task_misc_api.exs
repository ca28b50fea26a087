# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_58_task_misc_api.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Task.shutdown of a finished task, Task.completed/1, await on a task
# from another process, and Task.ignore.
t = Task.async(fn -> :finished end)
Process.sleep(30)
IO.inspect(Task.shutdown(t), label: "shutdown finished")
c = Task.completed(:value)
IO.inspect(Task.await(c), label: "completed")
t2 = Task.async(fn -> :mine end)
parent = self()

spawn(fn ->
  try do
    Task.await(t2)
  rescue
    e -> send(parent, {:error, e.__struct__, Exception.message(e) =~ "must be queried from the owner"})
  end
end)

receive do: ({:error, s, m} -> IO.inspect({s, m}, label: "not owner"))
IO.inspect(Task.await(t2), label: "owner")
t3 = Task.async(fn -> receive do: (:go -> :ok) end)
IO.inspect(Task.ignore(t3), label: "ignore running")
send(t3.pid, :go)
Process.sleep(20)

receive do
  m -> IO.inspect(m, label: "stray")
after
  50 -> IO.puts("no reply after ignore")
end
