# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_01_forgot_loop.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# A learner's counter forgets to recurse after the first message: the
# second request is never answered and the `after` clause fires.
defmodule Counter do
  def start(n), do: spawn(fn -> loop(n) end)

  def loop(n) do
    receive do
      {:get, from} -> send(from, {:count, n})
      {:add, k} -> loop(n + k)
    end
  end

  def get(pid) do
    send(pid, {:get, self()})

    receive do
      {:count, n} -> n
    after
      100 -> :no_answer
    end
  end
end

pid = Counter.start(1)
send(pid, {:add, 4})
IO.inspect(Counter.get(pid), label: "first get")
IO.inspect(Counter.get(pid), label: "second get")
Process.sleep(10)
IO.inspect(Process.alive?(pid), label: "alive")
