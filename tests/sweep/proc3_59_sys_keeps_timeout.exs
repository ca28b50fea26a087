# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_59_sys_keeps_timeout.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A :sys request does not cancel a GenServer's pending timeout: the server
# goes back to waiting with it, and the :timeout info still comes.
defmodule Patient do
  use GenServer
  def init(report), do: {:ok, report, 100}

  def handle_info(:timeout, report) do
    send(report, :timed_out)
    {:noreply, report}
  end
end

{:ok, pid} = GenServer.start_link(Patient, self())
IO.inspect(:sys.get_state(pid) == self(), label: "get_state")
:sys.replace_state(pid, & &1)

receive do
  :timed_out -> IO.puts("timeout still fired")
after
  2000 -> IO.puts("timeout lost")
end

:sys.suspend(pid)
:sys.resume(pid)

receive do
  :timed_out -> IO.puts("unexpected second timeout")
after
  300 -> IO.puts("no timeout pending after it fired")
end
