# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_22_registry_unique_errors.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A :unique key is held by one process; the registry forgets it when that
# process dies. An unknown registry name raises ArgumentError.
{:ok, _} = Registry.start_link(keys: :unique, name: Names)
parent = self()

holder =
  spawn(fn ->
    {:ok, _} = Registry.register(Names, :leader, :first)
    send(parent, :registered)
    receive do: (:quit -> :ok)
  end)

receive do: (:registered -> :ok)
{:error, {:already_registered, pid}} = Registry.register(Names, :leader, :second)
IO.inspect(pid == holder, label: "already registered by holder")
IO.inspect(Registry.lookup(Names, :leader) == [{holder, :first}], label: "lookup holder")
ref = Process.monitor(holder)
send(holder, :quit)
receive do: ({:DOWN, ^ref, _, _, :normal} -> :ok)
Process.sleep(20)
IO.inspect(Registry.lookup(Names, :leader), label: "after holder died")
IO.inspect(Registry.register(Names, :leader, :mine), label: "register now")
IO.inspect(Registry.lookup(Names, :leader) == [{self(), :mine}], label: "mine")
IO.inspect(Registry.update_value(Names, :leader, &{&1, :updated}), label: "update_value")
IO.inspect(Registry.update_value(Names, :nobody, & &1), label: "update missing")

try do
  Registry.lookup(NoSuchRegistry, :x)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end

try do
  Registry.register(NoSuchRegistry, :x, nil)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
