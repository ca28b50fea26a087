# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_44_receive_deadline.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A receive loop with a shrinking deadline, a variable timeout, and
# :infinity as a value.
defmodule Collect do
  def within(ms) do
    deadline = System.monotonic_time(:millisecond) + ms
    loop(deadline, [])
  end

  defp loop(deadline, acc) do
    left = max(deadline - System.monotonic_time(:millisecond), 0)

    receive do
      {:item, x} -> loop(deadline, [x | acc])
    after
      left -> Enum.reverse(acc)
    end
  end

  def wait(timeout) do
    receive do
      :ping -> :pong
    after
      timeout -> :timeout
    end
  end
end

me = self()
spawn(fn -> for i <- 1..3, do: send(me, {:item, i}) end)
IO.inspect(Collect.within(50), label: "collected")
IO.inspect(Collect.wait(0), label: "wait 0")
send(self(), :ping)
IO.inspect(Collect.wait(:infinity), label: "wait infinity")

try do
  Collect.wait(-1)
rescue
  e -> IO.inspect(e)
end

try do
  Collect.wait(:soon)
rescue
  e -> IO.inspect(e)
end
