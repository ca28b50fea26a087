# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_36_registry_unique.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A unique Registry: register/lookup/keys/values/unregister, the
# {:error, {:already_registered, pid}} result, update_value and the
# entry leaving when the owner dies.
{:ok, _} = Registry.start_link(keys: :unique, name: Reg)
IO.inspect(Registry.register(Reg, "alice", %{role: :admin}))
IO.inspect(Registry.lookup(Reg, "alice") == [{self(), %{role: :admin}}])
{:error, {:already_registered, pid}} = Registry.register(Reg, "alice", :again)
IO.inspect(pid == self(), label: "already registered by me")
IO.inspect(Registry.register(Reg, "bob", 1))
IO.inspect(Registry.keys(Reg, self()) |> Enum.sort())
IO.inspect(Registry.values(Reg, "bob", self()))
IO.inspect(Registry.update_value(Reg, "bob", &(&1 + 1)))
IO.inspect(Registry.update_value(Reg, "nobody", &(&1 + 1)))
IO.inspect(Registry.count(Reg))
IO.inspect(Registry.unregister(Reg, "bob"))
IO.inspect(Registry.lookup(Reg, "bob"))

me = self()
other = spawn(fn ->
  Registry.register(Reg, "carol", :temp)
  send(me, :registered)
  receive do: (:stop -> :ok)
end)
receive do: (:registered -> :ok)
IO.inspect(Registry.lookup(Reg, "carol") == [{other, :temp}], label: "carol registered")
IO.inspect(Registry.register(Reg, "carol", :mine) == {:error, {:already_registered, other}}, label: "taken by other")
ref = Process.monitor(other)
send(other, :stop)
receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
Process.sleep(20)
IO.inspect(Registry.lookup(Reg, "carol"), label: "after owner died")
