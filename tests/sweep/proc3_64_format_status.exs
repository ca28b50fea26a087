# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_64_format_status.exs),
# adjusted to 1.18: the charlists of :sys.get_status's report inspect as
# ~c"...", which makes its data line too long for one line.
# A GenServer's format_status/1 hides its state both in :sys.get_status/1
# and in the crash report.
defmodule Secret do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_cast(:die, s), do: {:stop, :bad_news, s}
  def format_status(status), do: Map.update!(status, :state, fn _ -> :redacted end)
end
{:ok, pid} = GenServer.start(Secret, %{password: "hunter2"})
ref = Process.monitor(pid)
{:status, _, _, [_, _, _, _, info]} = :sys.get_status(pid)
IO.inspect(info)
GenServer.cast(pid, :die)
receive do: ({:DOWN, ^ref, _, _, r} -> IO.inspect(r))
Process.sleep(50)
