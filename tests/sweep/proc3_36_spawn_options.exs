# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_36_spawn_options.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Process.spawn/2 and /4 with :link and :monitor options; spawn_link and
# spawn_monitor with module, function and arguments.
defmodule Job do
  def run(x), do: exit({:done, x})
  def wait, do: receive(do: (:never -> :ok))
end

{pid, ref} = Process.spawn(fn -> exit(:bye) end, [:monitor])
receive do: ({:DOWN, ^ref, :process, _, r} -> IO.inspect({is_pid(pid), r}, label: "spawn [:monitor]"))
{pid2, ref2} = Process.spawn(Job, :run, [7], [:monitor])
receive do: ({:DOWN, ^ref2, :process, _, r} -> IO.inspect({is_pid(pid2), r}, label: "spawn/4 [:monitor]"))
Process.flag(:trap_exit, true)
pid3 = Process.spawn(Job, :run, [8], [:link])
receive do: ({:EXIT, ^pid3, r} -> IO.inspect(r, label: "spawn/4 [:link]"))
pid4 = spawn_link(Job, :run, [9])
receive do: ({:EXIT, ^pid4, r} -> IO.inspect(r, label: "spawn_link/3"))
{_pid5, ref5} = spawn_monitor(Job, :run, [10])
receive do: ({:DOWN, ^ref5, :process, _, r} -> IO.inspect(r, label: "spawn_monitor/3"))
pid6 = Process.spawn(Job, :wait, [], [:link])
{:links, links} = Process.info(self(), :links)
IO.inspect(pid6 in links, label: "linked")
