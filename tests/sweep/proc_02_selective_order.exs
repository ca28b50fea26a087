# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_02_selective_order.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# Selective receive takes messages out of order; the rest stay queued.
send(self(), {:low, 1})
send(self(), {:high, 2})
send(self(), {:low, 3})
send(self(), {:high, 4})

defmodule Drain do
  def high(acc) do
    receive do
      {:high, n} -> high([n | acc])
    after
      0 -> Enum.reverse(acc)
    end
  end

  def all(acc) do
    receive do
      msg -> all([msg | acc])
    after
      0 -> Enum.reverse(acc)
    end
  end
end

IO.inspect(Drain.high([]), label: "high first")
IO.inspect(Process.info(self(), :message_queue_len), label: "queue")
IO.inspect(Drain.all([]), label: "the rest")
IO.inspect(Process.info(self(), :messages), label: "empty now")
