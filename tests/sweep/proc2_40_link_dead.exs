# Expectation: recorded with Elixir 1.14 / OTP 25 through Code.eval_file/1 (1.14's
# compiler fails on its top-level receive; 1.18 does not); nothing in it differs
# in 1.18 (no charlists, stack frames, anonymous function names or messages).
# Process.link to a dead process: a trapping caller gets {:EXIT, pid,
# :noproc}; a non-trapping caller is killed with :noproc.
dead = spawn(fn -> :ok end)
ref = Process.monitor(dead)
receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
Process.flag(:trap_exit, true)
IO.inspect(Process.link(dead), label: "link")

receive do
  {:EXIT, ^dead, reason} -> IO.inspect(reason, label: "exit message")
after
  100 -> IO.puts("no message")
end

Process.flag(:trap_exit, false)
{pid, ref} = spawn_monitor(fn -> Process.link(dead); Process.sleep(100); IO.puts("survived") end)
receive do: ({:DOWN, ^ref, _, ^pid, {r, [_ | _]}} -> IO.inspect(r, label: "linker down"))
