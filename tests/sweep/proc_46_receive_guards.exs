# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_46_receive_guards.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# receive with guards, pins and a catch-all that logs and continues.
defmodule Sorter do
  def loop(evens, odds) do
    receive do
      {:num, n} when is_integer(n) and rem(n, 2) == 0 -> loop([n | evens], odds)
      {:num, n} when is_integer(n) -> loop(evens, [n | odds])
      {:report, from} -> send(from, {:report, Enum.reverse(evens), Enum.reverse(odds)})
      other ->
        IO.puts("ignoring #{inspect(other)}")
        loop(evens, odds)
    end
  end
end

pid = spawn(fn -> Sorter.loop([], []) end)
for x <- [1, 2, :three, 4, "5", 7], do: send(pid, {:num, x})
send(pid, :unexpected)
send(pid, {:report, self()})

receive do
  {:report, evens, odds} ->
    IO.inspect(evens, label: "evens")
    IO.inspect(odds, label: "odds")
end

tag = make_ref()
send(self(), {:other, 1})
send(self(), {tag, :mine})

receive do
  {^tag, v} -> IO.inspect(v, label: "pinned ref")
end

receive do
  {:other, v} -> IO.inspect(v, label: "still queued")
end
