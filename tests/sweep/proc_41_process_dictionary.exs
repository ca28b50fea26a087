# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_41_process_dictionary.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# The process dictionary is per process.
IO.inspect(Process.put(:count, 1), label: "first put")
IO.inspect(Process.put(:count, 2), label: "second put")
IO.inspect(Process.get(:count), label: "get")
IO.inspect(Process.get(:missing, :default), label: "get default")
parent = self()
spawn(fn -> send(parent, {:child_sees, Process.get(:count)}) end)

receive do
  {:child_sees, v} -> IO.inspect(v, label: "child sees")
end

IO.inspect(Process.delete(:count), label: "delete")
IO.inspect(Process.get(:count), label: "after delete")

spawn(fn ->
  Process.put(:a, 1)
  Process.put(:b, 2)
  send(parent, {:keys, Process.get_keys() |> Enum.sort(), Process.get() |> Enum.sort()})
end)

receive do
  {:keys, keys, all} ->
    IO.inspect(keys, label: "keys in a fresh process")
    IO.inspect(all, label: "all")
end
