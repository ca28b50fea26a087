# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_05_trap_exit_reasons.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A trapping process receives {:EXIT, pid, reason} for every way a linked
# process ends: normal return, exit/1 with any reason, a raise, a throw,
# and Process.exit/2 with :kill (seen as :killed).
Logger.configure(level: :none)
Process.flag(:trap_exit, true)

cases = [
  {"returns", fn -> :ok end},
  {"exit normal", fn -> exit(:normal) end},
  {"exit shutdown", fn -> exit(:shutdown) end},
  {"exit shutdown tuple", fn -> exit({:shutdown, :bye}) end},
  {"exit custom", fn -> exit({:custom, 1}) end},
  {"raise", fn -> raise ArgumentError, "bad" end},
  {"throw", fn -> throw(:ball) end},
  {"error atom", fn -> :erlang.error(:oops) end},
  {"killed", fn -> Process.exit(self(), :kill) end}
]

for {label, fun} <- cases do
  pid = spawn_link(fun)

  receive do
    {:EXIT, ^pid, {%{__exception__: true} = e, stack}} when is_list(stack) ->
      IO.puts("#{label}: exception #{inspect(e)}")

    {:EXIT, ^pid, {reason, stack}} when is_list(stack) ->
      IO.puts("#{label}: #{inspect(reason)} with stacktrace")

    {:EXIT, ^pid, reason} ->
      IO.puts("#{label}: #{inspect(reason)}")
  end
end
