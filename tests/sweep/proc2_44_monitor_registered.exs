# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_44_monitor_registered.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Monitoring a registered name: the :DOWN names {name, node}; a name
# registered later does not count.
pid = spawn(fn -> receive do: (:stop -> exit(:bye)) end)
Process.register(pid, :worker)
ref = Process.monitor(:worker)
send(:worker, :stop)

receive do
  {:DOWN, ^ref, :process, who, reason} -> IO.inspect({who, reason}, label: "down")
end

ref2 = Process.monitor({:worker, node()})

receive do
  {:DOWN, ^ref2, :process, who, reason} -> IO.inspect({who, reason}, label: "down again")
end

IO.inspect(Process.whereis(:worker), label: "whereis")
IO.inspect(node(), label: "node")
pid2 = spawn(fn -> receive do: (:stop -> exit(:bye_again)) end)
Process.register(pid2, :worker)
ref3 = Process.monitor({:worker, node()})
send(pid2, :stop)

receive do
  {:DOWN, ^ref3, :process, who, reason} -> IO.inspect({who, reason}, label: "live by {name, node}")
end
