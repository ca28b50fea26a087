# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_04_flush_helpers.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Flushing patterns: a recursive flush that collects everything, one that
# flushes only a tag, and counting what is left.
defmodule Mailbox do
  def flush(acc \\ []) do
    receive do
      msg -> flush([msg | acc])
    after
      0 -> Enum.reverse(acc)
    end
  end

  def flush_tag(tag, n \\ 0) do
    receive do
      {^tag, _} -> flush_tag(tag, n + 1)
    after
      0 -> n
    end
  end
end

for i <- 1..3, do: send(self(), {:tick, i})
send(self(), {:tock, 1})
send(self(), {:tick, 4})

IO.inspect(Mailbox.flush_tag(:tick), label: "ticks flushed")
IO.inspect(Mailbox.flush(), label: "rest")
IO.inspect(Mailbox.flush(), label: "now empty")

pid = self()
spawn(fn -> Enum.each(1..5, &send(pid, {:n, &1})) end)
Process.sleep(50)
IO.inspect(length(Mailbox.flush()), label: "from other process")
