# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_33_exit_normal_link.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# Exits with :normal do not kill linked processes; other reasons do,
# unless trapped. Process.exit(pid, :normal) is ignored by a
# non-trapping process.
defmodule Probe do
  def watch(label, fun) do
    parent = self()

    {middle, ref} =
      spawn_monitor(fn ->
        spawn_link(fun)
        Process.sleep(100)
        send(parent, {:survived, label})
      end)

    receive do
      {:DOWN, ^ref, :process, ^middle, reason} ->
        receive do
          {:survived, ^label} -> IO.puts("#{label}: survived")
        after
          0 -> IO.puts("#{label}: died with #{inspect(reason)}")
        end
    end
  end
end

Probe.watch("returns", fn -> :ok end)
Probe.watch("exit normal", fn -> exit(:normal) end)
Probe.watch("exit shutdown", fn -> exit(:shutdown) end)
Probe.watch("exit custom", fn -> exit({:custom, 1}) end)

pid = spawn(fn -> Process.sleep(:infinity) end)
Process.exit(pid, :normal)
Process.sleep(10)
IO.inspect(Process.alive?(pid), label: "after :normal signal")
Process.exit(pid, :kill)
Process.sleep(10)
IO.inspect(Process.alive?(pid), label: "after :kill")
