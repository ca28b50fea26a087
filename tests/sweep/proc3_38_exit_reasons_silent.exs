# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_38_exit_reasons_silent.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Plain spawned processes that exit with any reason via exit/1 print no
# error report (only uncaught raises and throws would); monitors see them all.
reasons = [:normal, :shutdown, {:shutdown, 1}, :boom, {:error, "text"}, [1, 2]]

for reason <- reasons do
  {_pid, ref} = spawn_monitor(fn -> exit(reason) end)
  receive do: ({:DOWN, ^ref, :process, _, r} -> IO.inspect(r))
end

Process.sleep(50)
