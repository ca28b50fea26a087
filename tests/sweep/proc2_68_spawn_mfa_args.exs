# Expectation: recorded with Elixir 1.14 / OTP 25 through Code.eval_file/1 (1.14's
# compiler fails on its top-level receive; 1.18 does not); nothing in it differs
# in 1.18 (no charlists, stack frames, anonymous function names or messages).
# spawn/3 and spawn_link/3 with module, function and arguments; the
# spawned function sees its own self().
defmodule Worker do
  def run(parent, tag, n), do: send(parent, {tag, self(), n * 2})
end

pid = spawn(Worker, :run, [self(), :a, 21])
receive do: ({:a, ^pid, v} -> IO.inspect(v, label: "spawn/3"))
pid2 = spawn_link(Worker, :run, [self(), :b, 5])
receive do: ({:b, ^pid2, v} -> IO.inspect(v, label: "spawn_link/3"))
{pid3, ref} = spawn_monitor(Worker, :run, [self(), :c, 1])
receive do: ({:c, ^pid3, v} -> IO.inspect(v, label: "spawn_monitor/3"))
receive do: ({:DOWN, ^ref, :process, ^pid3, r} -> IO.inspect(r, label: "down"))
IO.inspect(is_pid(pid) and pid != self(), label: "distinct pid")
