# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_78_process_bad_args.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Process functions given the wrong kind of argument: a name where a pid
# is needed, a non-reference timer, an unknown flag, a negative time.
calls = [
  {"exit name", fn -> Process.exit(:server, :kill) end},
  {"alive? name", fn -> Process.alive?(:server) end},
  {"link name", fn -> Process.link(:server) end},
  {"monitor number", fn -> Process.monitor(42) end},
  {"cancel_timer atom", fn -> Process.cancel_timer(:timer) end},
  {"read_timer int", fn -> Process.read_timer(1) end},
  {"demonitor pid", fn -> Process.demonitor(self()) end},
  {"flag unknown", fn -> Process.flag(:trap_exits, true) end},
  {"flag value", fn -> Process.flag(:trap_exit, :yes) end},
  {"send_after negative", fn -> Process.send_after(self(), :x, -5) end},
  {"send_after atom time", fn -> Process.send_after(self(), :x, :soon) end},
  {"sleep negative", fn -> Process.sleep(-1) end}
]

for {label, fun} <- calls do
  try do
    fun.()
    IO.puts("#{label}: no error")
  rescue
    e -> IO.puts("#{label}: #{inspect(e.__struct__)}\n#{Exception.message(e)}")
  end
end
