# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_63_trap_exit_self_normal.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Process.exit(self(), :normal): nothing happens without trap_exit; with
# it, an {:EXIT, self, :normal} message arrives. Exit signals from a
# linked process that ends normally are ignored unless trapped.
IO.inspect(Process.exit(self(), :normal), label: "exit self normal")
IO.puts("still alive")
Process.flag(:trap_exit, true)
Process.exit(self(), :normal)

receive do
  {:EXIT, from, reason} -> IO.inspect({from == self(), reason}, label: "message")
end

pid = spawn_link(fn -> :ok end)

receive do
  {:EXIT, ^pid, reason} -> IO.inspect(reason, label: "linked ended")
end

IO.inspect(Process.flag(:trap_exit, false), label: "previous flag")
