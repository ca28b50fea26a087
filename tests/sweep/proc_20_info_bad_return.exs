# Expectation: recorded with Elixir 1.14 / OTP 25 through Code.eval_file/1 (1.14's
# compiler fails on its top-level receive; 1.18 does not); no stack trace is
# printed, so stdout is what 1.18 prints.
# handle_info forgets the state: {:noreply} is a bad return value.
defmodule Ticker do
  use GenServer
  def init(n), do: {:ok, n}
  def handle_info(:tick, n) do
    IO.puts("tick #{n}")
    if n < 2, do: {:noreply, n + 1}, else: {:noreply}
  end
end

{:ok, pid} = GenServer.start(Ticker, 0)
ref = Process.monitor(pid)
for _ <- 1..4, do: send(pid, :tick)

receive do
  {:DOWN, ^ref, :process, ^pid, reason} ->
    Process.sleep(100)
    IO.inspect(reason, label: "down")
end
