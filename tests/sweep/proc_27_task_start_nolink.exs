# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_27_task_start_nolink.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# Task.start and Task.start_link run side effects; Task.start's crash
# does not kill the caller.
parent = self()
{:ok, pid} = Task.start(fn -> send(parent, {:hello, 1}) end)
IO.inspect(is_pid(pid), label: "Task.start pid")

receive do
  {:hello, n} -> IO.inspect(n, label: "got")
end

{:ok, _} = Task.start_link(fn -> send(parent, :linked_done) end)

receive do
  :linked_done -> IO.puts("linked task done")
end

{:ok, bad} = Task.start(fn -> exit(:shutdown) end)
ref = Process.monitor(bad)

receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "unlinked task exit")
after
  500 -> IO.puts("already gone")
end

IO.puts("caller fine")
