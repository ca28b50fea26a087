# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_46_exit_in_main_forms.exs); nothing in
# it differs in 1.18 (no charlists, anonymous function names or
# version-specific messages; Elixir's own stack frames are left out).
# exit/1 in the main process with :normal ends the script quietly with
# status 0 (after output), and code after it does not run.
IO.puts("work done")
Process.flag(:trap_exit, true)
spawn_link(fn -> exit(:normal) end)
receive do
  {:EXIT, _, :normal} -> IO.puts("child exited normally")
end
exit(:normal)
IO.puts("not reached")
