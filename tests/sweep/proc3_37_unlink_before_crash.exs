# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_37_unlink_before_crash.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Unlinking before the other side crashes: no exit signal arrives, and
# unlink is idempotent and fine for dead processes.
Process.flag(:trap_exit, true)
pid = spawn_link(fn -> receive do: (:crash -> exit(:boom)) end)
IO.inspect(Process.unlink(pid), label: "unlink")
IO.inspect(Process.unlink(pid), label: "unlink again")
ref = Process.monitor(pid)
send(pid, :crash)
receive do: ({:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "down"))

receive do
  {:EXIT, _, _} = m -> IO.inspect(m, label: "unexpected")
after
  50 -> IO.puts("no EXIT after unlink")
end

IO.inspect(Process.unlink(pid), label: "unlink dead")
{:links, links} = Process.info(self(), :links)
IO.inspect(pid in links, label: "still in links")
Process.flag(:trap_exit, false)
pid2 = spawn(fn -> receive do: (:crash -> exit(:boom)) end)
Process.link(pid2)
Process.unlink(pid2)
send(pid2, :crash)
Process.sleep(30)
IO.puts("still alive after unlinked crash")
