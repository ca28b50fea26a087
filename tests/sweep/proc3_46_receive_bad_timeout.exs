# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_46_receive_bad_timeout.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A receive whose after-timeout is neither a non-negative integer nor
# :infinity raises ErlangError :timeout_value; the stack line is that of
# the call before the receive (the receive has no line of its own).
defmodule Waiter do
  def wait(timeout) do
    IO.puts("waiting #{inspect(timeout)}")

    receive do
      :msg -> :got
    after
      timeout -> :timed_out
    end
  end
end

IO.inspect(Waiter.wait(10))
Waiter.wait(:soon)
