# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_51_monitors_info.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Process.info/2 :monitors and :monitored_by follow Process.monitor and
# demonitor; monitoring by name is listed by name.
target = spawn(fn -> receive do: (:stop -> :ok) end)
Process.register(target, :target)
ref1 = Process.monitor(target)
ref2 = Process.monitor(:target)
{:monitors, mons} = Process.info(self(), :monitors)
IO.inspect(Enum.sort(mons), label: "monitors")
{:monitored_by, by} = Process.info(target, :monitored_by)
IO.inspect(by == [self(), self()], label: "monitored twice by me")
Process.demonitor(ref1)
Process.demonitor(ref2)
IO.inspect(Process.info(self(), :monitors), label: "after demonitor")
IO.inspect(Process.info(target, :monitored_by), label: "target after demonitor")
