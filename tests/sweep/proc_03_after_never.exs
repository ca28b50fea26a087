# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_03_after_never.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# Waiting for a reply that never comes: the worker answers with a
# different tag than the caller expects.
defmodule Worker do
  def start do
    spawn(fn ->
      receive do
        {:square, n, from} -> send(from, {:result, n * n})
      end
    end)
  end
end

w = Worker.start()
send(w, {:square, 7, self()})

result =
  receive do
    {:ok, value} -> value
  after
    150 -> {:timeout, "no {:ok, _} within 150 ms"}
  end

IO.inspect(result)

receive do
  other -> IO.inspect(other, label: "what was actually sent")
end
