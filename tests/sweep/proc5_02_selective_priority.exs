# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_02_selective_priority.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Selective receive: a clause order does not pick messages, the mailbox
# order does; a pinned or guarded clause skips messages it does not match.
for m <- [{:low, 1}, {:high, 2}, {:low, 3}, {:high, 4}, :other], do: send(self(), m)

take_high = fn ->
  receive do
    {:high, n} -> n
  after
    0 -> nil
  end
end

IO.inspect([take_high.(), take_high.(), take_high.()], label: "high first")

first =
  receive do
    {:high, n} -> {:high, n}
    {:low, n} -> {:low, n}
  end

IO.inspect(first, label: "first of rest")

wanted = 3

pinned =
  receive do
    {:low, ^wanted} -> :found_pinned
  after
    0 -> :not_there
  end

IO.inspect(pinned)

guarded =
  receive do
    x when is_atom(x) -> {:atom, x}
  after
    0 -> :none
  end

IO.inspect(guarded)
{:messages, rest} = Process.info(self(), :messages)
IO.inspect(rest, label: "rest")
