# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_32_register_name_reuse.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# The lesson's Counter, registered by name; when it stops the name is
# free again and a new process can take it.
defmodule Counter do
  def start(initial_count \\ 0), do: spawn(fn -> loop(initial_count) end)

  defp loop(count) do
    receive do
      {:increment, amount} ->
        loop(count + amount)

      {:get, caller} ->
        send(caller, {:count, count})
        loop(count)

      :stop ->
        IO.puts("Counter stopped at #{count}")
    end
  end
end

pid = Counter.start(0)
true = Process.register(pid, :my_counter)
send(:my_counter, {:increment, 10})
send(:my_counter, {:increment, 5})
send(:my_counter, {:get, self()})
receive do: ({:count, n} -> IO.inspect(n, label: "count"))
ref = Process.monitor(:my_counter)
send(:my_counter, :stop)
receive do: ({:DOWN, ^ref, :process, who, reason} -> IO.inspect({who, reason}, label: "down"))
IO.inspect(Process.whereis(:my_counter), label: "name after stop")
IO.inspect(:my_counter in Process.registered(), label: "still listed")
pid2 = Counter.start(100)
IO.inspect(Process.register(pid2, :my_counter), label: "register again")
send(:my_counter, {:get, self()})
receive do: ({:count, n} -> IO.inspect(n, label: "new count"))
