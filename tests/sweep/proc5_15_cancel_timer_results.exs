# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_15_cancel_timer_results.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Process.cancel_timer/1,2 and read_timer/1 results: remaining time for a
# pending timer (checked as a range), false once it fired or was
# cancelled, and the :async/:info options.
ref = Process.send_after(self(), :later, 5_000)
left = Process.read_timer(ref)
IO.inspect(is_integer(left) and left > 4_000 and left <= 5_000, label: "read_timer pending")
left = Process.cancel_timer(ref)
IO.inspect(is_integer(left) and left > 4_000, label: "cancel pending")
IO.inspect(Process.cancel_timer(ref), label: "cancel again")
IO.inspect(Process.read_timer(ref), label: "read cancelled")

fired = Process.send_after(self(), :now, 0)
receive do: (:now -> IO.puts("fired"))
IO.inspect(Process.cancel_timer(fired), label: "cancel fired")

r2 = Process.send_after(self(), :x, 5_000)
IO.inspect(Process.cancel_timer(r2, info: false), label: "info: false")
IO.inspect(Process.cancel_timer(r2), label: "after info: false")

r3 = Process.send_after(self(), :x, 5_000)
IO.inspect(Process.cancel_timer(r3, async: true, info: false), label: "async, no info")

r4 = Process.send_after(self(), :y, 5_000)
IO.inspect(Process.cancel_timer(r4, async: true), label: "async with info")
receive do
  {:cancel_timer, ^r4, left} -> IO.inspect(is_integer(left), label: "async reply has time")
after
  100 -> IO.puts("no async reply")
end

IO.inspect(Process.cancel_timer(make_ref()), label: "unknown ref")
IO.inspect(Process.info(self(), :message_queue_len))
