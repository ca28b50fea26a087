# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_42_cancel_timer.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Process.send_after / cancel_timer / read_timer return values.
ref = Process.send_after(self(), :late, 10_000)
left = Process.read_timer(ref)
IO.inspect(is_integer(left) and left > 9_000 and left <= 10_000, label: "read_timer")
left2 = Process.cancel_timer(ref)
IO.inspect(is_integer(left2) and left2 > 9_000, label: "cancel returns ms left")
IO.inspect(Process.cancel_timer(ref), label: "cancel again")
IO.inspect(Process.read_timer(ref), label: "read cancelled")
r2 = Process.send_after(self(), :soon, 10)
receive do: (:soon -> IO.puts("got :soon"))
IO.inspect(Process.cancel_timer(r2), label: "cancel fired")
r3 = Process.send_after(self(), :x, 5_000)
IO.inspect(Process.cancel_timer(r3, async: true, info: false), label: "async no info")
IO.inspect(Process.cancel_timer(make_ref()), label: "unknown ref")
r4 = :erlang.start_timer(10, self(), :tick)
receive do: ({:timeout, ^r4, :tick} -> IO.puts("start_timer message"))
receive do
  m -> IO.inspect(m, label: "stray")
after
  0 -> IO.puts("nothing else")
end
