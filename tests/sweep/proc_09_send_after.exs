# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_09_send_after.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# Timers: Process.send_after, cancel_timer, read_timer and :timer.
ref = Process.send_after(self(), :tick, 50)
IO.inspect(is_reference(ref), label: "timer ref")
left = Process.read_timer(ref)
IO.inspect(is_integer(left) and left <= 50, label: "read_timer")

receive do
  :tick -> IO.puts("tick")
end

IO.inspect(Process.read_timer(ref), label: "read_timer after fire")
r2 = Process.send_after(self(), :never, 1000)
c = Process.cancel_timer(r2)
IO.inspect(is_integer(c), label: "cancel returns ms left")
IO.inspect(Process.cancel_timer(r2), label: "cancel again")

receive do
  :never -> IO.puts("oops")
after
  100 -> IO.puts("cancelled timer did not fire")
end

{:ok, _tref} = :timer.send_after(30, :from_timer)

receive do
  :from_timer -> IO.puts(":timer.send_after delivered")
end

{time, value} = :timer.tc(fn -> Enum.sum(1..100) end)
IO.inspect({is_integer(time), value}, label: ":timer.tc")
IO.inspect(:timer.seconds(2), label: "seconds")
IO.inspect(:timer.minutes(1), label: "minutes")
IO.inspect(:timer.hours(1), label: "hours")
IO.inspect(:timer.sleep(10), label: ":timer.sleep")
