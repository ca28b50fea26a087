# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_38_exit_signals.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Process.exit/2 with :normal and :kill on trapping and non-trapping
# processes.
report = self()

make = fn trap ->
  spawn(fn ->
    Process.flag(:trap_exit, trap)
    send(report, :ready)

    receive do
      msg -> send(report, {:got, msg})
    end

    receive do: (:never -> :ok)
  end)
end

check = fn label, trap, reason ->
  pid = make.(trap)
  receive do: (:ready -> :ok)
  ref = Process.monitor(pid)
  Process.exit(pid, reason)

  got =
    receive do
      {:got, {:EXIT, from, r}} -> {:message, from == self(), r}
    after
      50 -> :no_message
    end

  alive =
    receive do
      {:DOWN, ^ref, _, _, r} -> {:dead, r}
    after
      50 -> :alive
    end

  IO.inspect({got, alive}, label: label)
end

check.("normal, not trapping", false, :normal)
check.("normal, trapping", true, :normal)
check.("custom, not trapping", false, :stop_now)
check.("custom, trapping", true, :stop_now)
check.("kill, not trapping", false, :kill)
check.("kill, trapping", true, :kill)
IO.inspect(Process.exit(spawn(fn -> :ok end), :whatever), label: "exit/2 returns")
