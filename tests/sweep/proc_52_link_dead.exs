# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_52_link_dead.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# Linking to a process that is already dead: a trapping process gets
# {:EXIT, pid, :noproc}; monitors by registered name report {name, node}.
dead = spawn(fn -> :ok end)
Process.sleep(20)
Process.flag(:trap_exit, true)
IO.inspect(Process.link(dead), label: "link to dead")

receive do
  {:EXIT, ^dead, reason} -> IO.inspect(reason, label: "EXIT message")
after
  200 -> IO.puts("no EXIT message")
end

named = spawn(fn -> receive do: (:bye -> :ok) end)
Process.register(named, :greeter)
ref = Process.monitor(:greeter)
send(:greeter, :bye)

receive do
  {:DOWN, ^ref, :process, who, reason} -> IO.inspect({who, reason}, label: "DOWN by name")
end

ref2 = Process.monitor(:not_registered)

receive do
  {:DOWN, ^ref2, :process, who, reason} -> IO.inspect({who, reason}, label: "DOWN unknown name")
end

IO.inspect(Process.unlink(dead), label: "unlink")
IO.inspect(send(self(), :hi), label: "send returns")
IO.inspect(Process.flag(:trap_exit, false), label: "flag returns old value")
