# Expectation: recorded with Elixir 1.14 / OTP 25 through Code.eval_file/1 (1.14's
# compiler fails on its top-level receive; 1.18 does not); nothing in it differs
# in 1.18 (no charlists, stack frames, anonymous function names or messages).
# The reasons a monitor's :DOWN message carries.
Logger.configure(level: :none)

down = fn fun ->
  {pid, ref} = spawn_monitor(fun)

  receive do
    {:DOWN, ^ref, :process, ^pid, reason} -> reason
  end
end

IO.inspect(down.(fn -> :ok end), label: "return")
IO.inspect(down.(fn -> exit(:normal) end), label: "exit normal")
IO.inspect(down.(fn -> exit({:shutdown, :done}) end), label: "shutdown tuple")
IO.inspect(down.(fn -> exit(:custom) end), label: "custom")
IO.inspect(down.(fn -> throw(:ball) end) |> elem(0), label: "throw")
{%RuntimeError{message: m}, [_ | _]} = down.(fn -> raise "bad" end)
IO.inspect(m, label: "raise")
IO.inspect(down.(fn -> Process.exit(self(), :kill) end), label: "kill self")
{dead, ref} = spawn_monitor(fn -> :ok end)
receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
ref2 = Process.monitor(dead)
receive do: ({:DOWN, ^ref2, :process, ^dead, r} -> IO.inspect(r, label: "monitor dead"))
ref3 = Process.monitor(:no_such_name)

receive do
  {:DOWN, ^ref3, :process, who, r} -> IO.inspect({who, r}, label: "monitor name")
end
