# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_16_send_after_order.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Timers deliver in deadline order; a timer to a registered name, to a dead
# pid (silently dropped) and send_after with a 0 delay.
me = self()
Process.send_after(me, {:t, 30}, 30)
Process.send_after(me, {:t, 10}, 10)
Process.send_after(me, {:t, 20}, 20)
Process.send_after(me, {:t, 0}, 0)

got = for _ <- 1..4, do: (receive do: ({:t, n} -> n))
IO.inspect(got, label: "order")

Process.register(me, :main_box)
Process.send_after(:main_box, :named, 5)
receive do: (:named -> IO.puts("named timer arrived"))

dead = spawn(fn -> :ok end)
Process.sleep(10)
ref = Process.send_after(dead, :lost, 5)
IO.inspect(is_reference(ref), label: "timer to dead pid")
Process.sleep(20)
IO.inspect(Process.read_timer(ref), label: "read after fire")

ref = Process.send_after(:nobody, :lost, 5)
IO.inspect(is_reference(ref), label: "timer to unknown name")
Process.sleep(20)
IO.puts("still alive")
