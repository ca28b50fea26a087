# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_67_send_after_name.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# send_after to a registered name looks it up when the timer fires; a
# timer to a name nobody has is dropped. Timers fire in time order.
Process.register(self(), :me)
Process.send_after(:me, :second, 40)
Process.send_after(:me, :first, 10)
Process.send_after(:nobody, :lost, 5)
Process.send_after(self(), :third, 70)

for _ <- 1..3 do
  receive do
    m -> IO.inspect(m)
  end
end

receive do
  m -> IO.inspect(m, label: "stray")
after
  50 -> IO.puts("nothing more")
end
