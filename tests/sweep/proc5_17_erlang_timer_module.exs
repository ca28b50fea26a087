# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_17_erlang_timer_module.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# :timer.sleep/1, :timer.send_after/2,3, :timer.apply_after/4 and
# :timer.cancel/1 results; :timer.seconds and friends.
IO.inspect(:timer.sleep(1))
IO.inspect(:timer.seconds(2))
IO.inspect(:timer.minutes(1))
IO.inspect(:timer.hours(1))
IO.inspect(:timer.hms(1, 2, 3))

{:ok, tref} = :timer.send_after(10, :tick)
IO.inspect(elem(tref, 0), label: "tref kind")
receive do: (:tick -> IO.puts("tick"))

me = self()
{:ok, _} = :timer.send_after(10, me, :tock)
receive do: (:tock -> IO.puts("tock"))

defmodule Cb do
  def notify(pid, msg), do: send(pid, {:applied, msg})
end

{:ok, _} = :timer.apply_after(10, Cb, :notify, [me, :hello])
receive do: ({:applied, m} -> IO.inspect(m, label: "apply_after"))

{:ok, t2} = :timer.send_after(1_000, :never)
IO.inspect(:timer.cancel(t2), label: "cancel")
IO.inspect(:timer.cancel(t2), label: "cancel again")
IO.inspect(:timer.cancel(:bad), label: "cancel bad")
receive do
  :never -> IO.puts("should not arrive")
after
  50 -> IO.puts("cancelled timer stayed quiet")
end

{:ok, iv} = :timer.send_interval(10, :beat)
for _ <- 1..3, do: (receive do: (:beat -> :ok))
IO.inspect(:timer.cancel(iv), label: "interval cancel")
Process.sleep(30)
n = fn n, acc -> receive do: (:beat -> n.(n, acc + 1)), after: (0 -> acc) end
IO.inspect(n.(n, 0) <= 1, label: "at most one left")
