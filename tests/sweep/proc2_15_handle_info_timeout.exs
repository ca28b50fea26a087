# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_15_handle_info_timeout.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A timeout in a callback's return delivers :timeout to handle_info/2
# unless another message arrives first.
defmodule Ticker do
  use GenServer

  def init(report), do: {:ok, {report, 0}, 20}

  def handle_info(:timeout, {report, n}) when n < 3 do
    send(report, {:tick, n})
    {:noreply, {report, n + 1}, 20}
  end

  def handle_info(:timeout, {report, n}) do
    send(report, :done)
    {:noreply, {report, n}}
  end

  def handle_call(:n, _from, {_, n} = s), do: {:reply, n, s}
end

{:ok, pid} = GenServer.start_link(Ticker, self())

for _ <- 1..4 do
  receive do
    msg -> IO.inspect(msg)
  end
end

IO.inspect(GenServer.call(pid, :n), label: "n")
