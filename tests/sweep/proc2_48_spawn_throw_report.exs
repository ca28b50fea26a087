# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_48_spawn_throw_report.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# An uncaught throw in a spawned process is reported as a nocatch error;
# exits, normal or not, are silent.
wait = fn {_pid, ref} ->
  receive do: ({:DOWN, ^ref, _, _, reason} -> reason)
end

r1 = wait.(spawn_monitor(fn -> exit(:quietly) end))
IO.inspect(r1, label: "exit")
r2 = wait.(spawn_monitor(fn -> exit({:shutdown, 1}) end))
IO.inspect(r2, label: "shutdown")
{{:nocatch, :ball}, [_ | _]} = wait.(spawn_monitor(fn -> throw(:ball) end))
Process.sleep(50)
IO.puts("after throw")
