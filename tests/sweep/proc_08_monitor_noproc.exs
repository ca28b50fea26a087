# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_08_monitor_noproc.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# Monitoring a process that is already dead gives :noproc at once.
defmodule M do
  def down(ref) do
    receive do
      {:DOWN, ^ref, :process, pid, reason} -> {is_pid(pid), reason}
    after
      500 -> :no_down
    end
  end
end

pid = spawn(fn -> :ok end)
Process.sleep(20)
ref = Process.monitor(pid)
IO.inspect(M.down(ref), label: "dead already")

{pid2, ref2} = spawn_monitor(fn -> exit({:shutdown, :done}) end)
IO.inspect(is_pid(pid2), label: "spawn_monitor pid")
IO.inspect(M.down(ref2), label: "shutdown tuple")

pid3 = spawn(fn -> Process.sleep(:infinity) end)
ref3 = Process.monitor(pid3)
IO.inspect(Process.demonitor(ref3), label: "demonitor")
Process.exit(pid3, :kill)
IO.inspect(M.down(ref3), label: "after demonitor")
IO.inspect(Process.demonitor(make_ref(), [:flush]), label: "demonitor unknown")
