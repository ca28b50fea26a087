# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_13_yield_many_partial.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Task.yield_many with a short timeout returns nil for the tasks still
# running; they can be awaited or shut down afterwards.
slow = Task.async(fn -> receive do: (:finish -> :slow_done) end)
fast = Task.async(fn -> :fast_done end)
Process.sleep(20)
[{^slow, r1}, {^fast, r2}] = Task.yield_many([slow, fast], 20)
IO.inspect({r1, r2})
send(slow.pid, :finish)
IO.inspect(Task.await(slow), label: "slow awaited")
never = Task.async(fn -> receive do: (:never -> :ok) end)
[{^never, nil}] = Task.yield_many([never], 10)
IO.inspect(Task.shutdown(never), label: "shutdown")
IO.inspect(Process.alive?(never.pid), label: "alive")
