# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_10_register_lifecycle.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Registered names: whereis, registered/0 membership, unregister, the name
# freed when the process dies, and send to a name.
pid = spawn(fn -> receive do: ({:ping, from} -> send(from, :pong)) end)
IO.inspect(Process.register(pid, :worker))
IO.inspect(Process.whereis(:worker) == pid)
IO.inspect(:worker in Process.registered())
IO.inspect(Process.info(pid, :registered_name))
send(:worker, {:ping, self()})
receive do: (:pong -> IO.puts("pong"))
Process.sleep(20)
IO.inspect(Process.whereis(:worker), label: "after exit")
IO.inspect(:worker in Process.registered())

pid2 = spawn(fn -> receive do: (_ -> :ok) end)
Process.register(pid2, :second)
IO.inspect(Process.unregister(:second))
IO.inspect(Process.whereis(:second))
IO.inspect(Process.info(pid2, :registered_name))

try do
  Process.unregister(:second)
rescue
  e -> IO.inspect(e)
end

Process.register(self(), :main_proc)
IO.inspect(Process.whereis(:main_proc) == self())
IO.inspect(Process.info(self(), :registered_name))

try do
  send(:no_such_name, :hi)
rescue
  e -> IO.inspect(e)
end
