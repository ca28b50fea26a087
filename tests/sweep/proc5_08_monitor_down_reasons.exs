# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_08_monitor_down_reasons.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# :DOWN reasons for each way a monitored process ends, and :noproc for a
# process already dead or a name nobody holds.
Logger.configure(level: :none)

defmodule Watch do
  def run(fun) do
    {pid, ref} = spawn_monitor(fun)

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> simplify(reason)
    end
  end

  defp simplify({%RuntimeError{message: m}, [_ | _]}), do: {:raised, m}
  defp simplify({{:nocatch, v}, [_ | _]}), do: {:threw, v}
  defp simplify(reason), do: reason
end

watch = &Watch.run/1

IO.inspect(watch.(fn -> :done end))
IO.inspect(watch.(fn -> exit(:shutdown) end))
IO.inspect(watch.(fn -> exit({:shutdown, :maintenance}) end))
IO.inspect(watch.(fn -> raise "boom" end))
IO.inspect(watch.(fn -> throw(:up) end))
IO.inspect(watch.(fn -> Process.exit(self(), :kill) end))
IO.inspect(watch.(fn -> Process.exit(self(), :normal) end))

dead = spawn(fn -> :ok end)
Process.sleep(20)
ref = Process.monitor(dead)
receive do
  {:DOWN, ^ref, :process, pid, reason} -> IO.inspect({pid == dead, reason})
end

ref = Process.monitor(:nobody_here)
receive do
  {:DOWN, ^ref, :process, who, reason} -> IO.inspect({who, reason})
end
