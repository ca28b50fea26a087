# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_01_receive_after_zero.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# receive with `after 0` drains only what is already there; a message that
# matches no clause stays in the mailbox and a later receive finds it.
send(self(), {:a, 1})
send(self(), :stray)
send(self(), {:a, 2})

drain = fn drain, acc ->
  receive do
    {:a, n} -> drain.(drain, [n | acc])
  after
    0 -> Enum.reverse(acc)
  end
end

IO.inspect(drain.(drain, []), label: "drained")
IO.inspect(Process.info(self(), :message_queue_len), label: "left")

result =
  receive do
    other -> {:got, other}
  after
    0 -> :empty
  end

IO.inspect(result)

empty =
  receive do
    _ -> :unexpected
  after
    0 -> :nothing_left
  end

IO.inspect(empty)
