# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_28_flush_mailbox.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Draining a mailbox with receive ... after 0; the drained messages come
# out in arrival order.
defmodule Mailbox do
  def flush(acc \\ []) do
    receive do
      msg -> flush([msg | acc])
    after
      0 -> Enum.reverse(acc)
    end
  end

  def take(pattern_tag, acc \\ []) do
    receive do
      {^pattern_tag, x} -> take(pattern_tag, [x | acc])
    after
      0 -> Enum.reverse(acc)
    end
  end
end

for i <- 1..5, do: send(self(), {if(rem(i, 2) == 0, do: :even, else: :odd), i})
send(self(), :last)
IO.inspect(Mailbox.take(:even), label: "evens first")
IO.inspect(Process.info(self(), :message_queue_len), label: "left")
IO.inspect(Mailbox.flush(), label: "rest in order")
IO.inspect(Mailbox.flush(), label: "empty")

result =
  receive do
    x -> x
  after
    0 -> :nothing_waiting
  end

IO.inspect(result)
