# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_46_dictionary.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# The process dictionary is per process: put/get/delete/get_keys.
IO.inspect(Process.put(:a, 1), label: "put new")
IO.inspect(Process.put(:a, 2), label: "put again")
Process.put(:b, :x)
Process.put({:tuple, 1}, "t")
IO.inspect(Process.get(:a), label: "get")
IO.inspect(Process.get(:missing, :default), label: "get default")
IO.inspect(Enum.sort(Process.get_keys()) |> Enum.filter(&(&1 in [:a, :b, {:tuple, 1}])), label: "keys")
IO.inspect(Process.get_keys(:x), label: "keys for :x")
IO.inspect(Process.delete(:a), label: "delete")
IO.inspect(Process.delete(:a), label: "delete again")
parent = self()
spawn(fn -> send(parent, {:child_sees, Process.get(:b)}) end)
receive do: ({:child_sees, v} -> IO.inspect(v, label: "child"))
{:dictionary, d} = Process.info(self(), :dictionary)
IO.inspect(Keyword.get(d, :b), label: "info dictionary")
