# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_72_linked_server_stop_reason.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# The script is linked to a GenServer that stops with a custom reason:
# the script ends with that reason; terminate/2 ran first.
defmodule Fragile do
  use GenServer
  def init(_), do: {:ok, 0}
  def handle_cast(:break, s), do: {:stop, {:broken, :gear}, s}
  def terminate(reason, _), do: IO.puts("terminate: #{inspect(reason)}")
end

Logger.configure(level: :none)
{:ok, pid} = GenServer.start_link(Fragile, nil)
GenServer.cast(pid, :break)
receive do: (:never -> :ok)
