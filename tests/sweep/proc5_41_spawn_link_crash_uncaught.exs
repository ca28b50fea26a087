# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_41_spawn_link_crash_uncaught.exs); nothing in
# it differs in 1.18 (no charlists, anonymous function names or
# version-specific messages; Elixir's own stack frames are left out).
# A linked process that exits with a custom reason takes the (non
# trapping) main process down; the script ends with the exit's message.
IO.puts("before")
spawn_link(fn -> exit({:shutdown, :custom}) end)
Process.sleep(100)
IO.puts("survived {:shutdown, _}: links kill for any reason but :normal")
spawn_link(fn -> exit(:boom) end)
Process.sleep(100)
IO.puts("not reached")
