# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_43_interval_timer.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# :timer.send_interval repeats until cancelled.
defmodule Count do
  def ticks(0, acc), do: Enum.reverse(acc)

  def ticks(n, acc) do
    receive do
      {:tick, i} -> ticks(n - 1, [i | acc])
    end
  end
end

{:ok, tref} = :timer.send_interval(20, {:tick, :x})
IO.inspect(Count.ticks(3, []), label: "ticks")
IO.inspect(:timer.cancel(tref), label: "cancel")
Process.sleep(60)
IO.inspect(Process.info(self(), :message_queue_len), label: "no more ticks")
{:ok, _} = :timer.apply_after(10, IO, :puts, ["applied later"])
Process.sleep(50)
IO.inspect(:timer.send_after(:soon, :x), label: "bad time")
IO.puts("done")
