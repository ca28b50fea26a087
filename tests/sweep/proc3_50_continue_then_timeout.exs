# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_50_continue_then_timeout.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# init/1 returns {:continue, ...}; handle_continue returns a timeout; the
# :timeout message arrives when nothing else does.
defmodule Warmup do
  use GenServer
  def init(report), do: {:ok, %{report: report, steps: [:init]}, {:continue, :warm}}

  def handle_continue(:warm, s) do
    {:noreply, %{s | steps: [:warm | s.steps]}, 30}
  end

  def handle_info(:timeout, s) do
    send(s.report, {:steps, Enum.reverse([:timeout | s.steps])})
    {:noreply, s}
  end
end

{:ok, _} = GenServer.start_link(Warmup, self())

receive do
  {:steps, steps} -> IO.inspect(steps)
after
  1000 -> IO.puts("no timeout")
end
