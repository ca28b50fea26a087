# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_60_start_timeout.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# GenServer.start with a :timeout shorter than init/1 takes:
# {:error, :timeout}, and the server is gone.
defmodule SlowInit do
  use GenServer

  def init(report) do
    send(report, {:init, self()})
    receive do: (:never -> :ok)
    {:ok, nil}
  end
end

IO.inspect(GenServer.start(SlowInit, self(), timeout: 50, name: :slow), label: "start")
pid = receive do: ({:init, p} -> p)
Process.sleep(20)
IO.inspect(Process.alive?(pid), label: "alive")
IO.inspect(Process.whereis(:slow), label: "name")
