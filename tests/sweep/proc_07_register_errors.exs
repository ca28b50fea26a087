# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_07_register_errors.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# Registering names: taken names, dead processes and unknown names.
pid = spawn(fn -> receive do: (:stop -> :ok) end)
IO.inspect(Process.register(pid, :worker), label: "register")
IO.inspect(Process.whereis(:worker) == pid, label: "whereis")
IO.inspect(Process.registered() |> Enum.member?(:worker), label: "in registered()")

try do
  Process.register(self(), :worker)
rescue
  e in ArgumentError -> IO.puts("second register: " <> Exception.message(e))
end

IO.inspect(Process.unregister(:worker), label: "unregister")
IO.inspect(Process.whereis(:worker), label: "after unregister")

try do
  Process.unregister(:worker)
rescue
  e in ArgumentError -> IO.puts("unregister again: " <> Exception.message(e))
end

send(pid, :stop)
Process.sleep(20)

try do
  Process.register(pid, :late)
rescue
  e in ArgumentError -> IO.puts("register dead: " <> Exception.message(e))
end

try do
  send(:nobody, :hi)
rescue
  e in ArgumentError -> IO.puts("send to unknown name: " <> Exception.message(e))
end
