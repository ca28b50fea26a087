# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_43_flush_after0.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# receive ... after 0 drains the mailbox; messages from one sender keep
# their order; a selective receive leaves the others in place.
for i <- 1..5, do: send(self(), {:n, i})
send(self(), :marker)

receive do
  :marker -> IO.puts("marker first")
end

defmodule Drain do
  def all(acc) do
    receive do
      m -> all([m | acc])
    after
      0 -> Enum.reverse(acc)
    end
  end
end

IO.inspect(Drain.all([]), label: "drained")
IO.inspect(Drain.all([]), label: "again")
parent = self()
spawn(fn -> for i <- 1..20, do: send(parent, {:seq, i}) end)
got = for _ <- 1..20, do: (receive do: ({:seq, i} -> i))
IO.inspect(got == Enum.to_list(1..20), label: "in order")
