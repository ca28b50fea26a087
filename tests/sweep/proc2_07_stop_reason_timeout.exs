# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_07_stop_reason_timeout.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# GenServer.stop/3 passes its reason to terminate/2; a stop that takes
# longer than its timeout exits the caller with :timeout.
defmodule Slow do
  use GenServer

  def init(delay) do
    Process.flag(:trap_exit, true)
    {:ok, delay}
  end

  def terminate(reason, delay) do
    IO.puts("terminating with #{inspect(reason)}")
    receive do
      :never -> :ok
    after
      delay -> :ok
    end
  end
end

{:ok, a} = GenServer.start(Slow, 0)
IO.inspect(GenServer.stop(a, :normal), label: "normal stop")
IO.inspect(Process.alive?(a), label: "alive")

{:ok, b} = GenServer.start(Slow, 0)
IO.inspect(GenServer.stop(b, {:shutdown, :done}), label: "shutdown stop")

{:ok, c} = GenServer.start(Slow, 5_000)

try do
  GenServer.stop(c, :normal, 50)
catch
  :exit, reason -> IO.inspect(reason, label: "stop timeout")
end

try do
  GenServer.stop(b)
catch
  :exit, reason -> IO.inspect(reason, label: "stop dead")
end
