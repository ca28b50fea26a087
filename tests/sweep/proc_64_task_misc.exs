# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_64_task_misc.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# Task details: the struct's fields, Task.async with M/F/A, and awaiting
# twice.
t = Task.async(String, :upcase, ["hi"])
IO.inspect(Task.await(t), label: "mfa task")
IO.inspect(t.mfa, label: "mfa field")
IO.inspect(t.owner == self(), label: "owner")
t2 = Task.async(fn -> :once end)
IO.inspect(Task.await(t2), label: "first await")

try do
  Task.await(t2, 50)
catch
  :exit, {:timeout, {Task, :await, _}} -> IO.puts("second await times out")
end

IO.inspect(Task.yield_many([Task.async(fn -> 1 end), Task.async(fn -> 2 end)]) |> Enum.map(fn {_, r} -> r end), label: "yield_many")
