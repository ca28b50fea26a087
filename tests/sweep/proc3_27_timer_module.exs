# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_27_timer_module.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# :timer helpers: send_after, send_interval, cancel, apply_after, tc and
# the unit conversions.
{:ok, tref} = :timer.send_after(10, :once)
receive do: (:once -> IO.puts("send_after fired"))
IO.inspect(:timer.cancel(tref) |> elem(0), label: "cancel fired timer")
{:ok, iref} = :timer.send_interval(5, :tick)

ticks =
  for _ <- 1..3 do
    receive do: (:tick -> :tick)
  end

IO.inspect(ticks, label: "ticks")
IO.inspect(:timer.cancel(iref), label: "cancel interval")
Process.sleep(30)
# drain any tick sent before the cancel
drain = fn drain, n ->
  receive do
    :tick -> drain.(drain, n + 1)
  after
    0 -> n
  end
end

_ = drain.(drain, 0)
Process.sleep(20)
IO.inspect(drain.(drain, 0), label: "ticks after cancel")
me = self()
{:ok, _} = :timer.apply_after(5, Kernel, :send, [me, :applied])
receive do: (:applied -> IO.puts("apply_after ran"))
{micros, value} = :timer.tc(fn -> Enum.sum(1..1000) end)
IO.inspect({is_integer(micros), value}, label: "tc")
IO.inspect({:timer.seconds(2), :timer.minutes(1), :timer.hours(1)}, label: "units")
IO.inspect(:timer.hms(1, 2, 3), label: "hms")
