# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_06_hibernate_replies.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# :hibernate in every callback return position; the server keeps its
# state and answers as before.
defmodule Sleeper do
  use GenServer
  def init(n), do: {:ok, n, :hibernate}
  def handle_call(:get, _from, n), do: {:reply, n, n, :hibernate}
  def handle_cast(:inc, n), do: {:noreply, n + 1, :hibernate}
  def handle_info(:dec, n), do: {:noreply, n - 1, :hibernate}
end

{:ok, pid} = GenServer.start_link(Sleeper, 10)
IO.inspect(GenServer.call(pid, :get))
GenServer.cast(pid, :inc)
GenServer.cast(pid, :inc)
send(pid, :dec)
IO.inspect(GenServer.call(pid, :get))
IO.inspect(Process.alive?(pid))
IO.inspect(:sys.get_state(pid), label: "sys state")
