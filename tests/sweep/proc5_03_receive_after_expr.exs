# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_03_receive_after_expr.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# after takes any expression that evaluates to a timeout: a variable, a
# function call or :infinity; the after body's value is receive's value.
timeout = 10
r1 = receive do
  :x -> :x
after
  timeout -> {:timed_out, timeout}
end
IO.inspect(r1)

wait = fn -> 5 end
r2 = receive do
  :x -> :x
after
  wait.() * 2 -> :computed
end
IO.inspect(r2)

send(self(), :ready)
r3 = receive do
  :ready -> :got_ready
after
  :infinity -> :never
end
IO.inspect(r3)

r4 = receive do
  :x -> :x
after
  0 ->
    IO.puts("in after body")
    :done
end
IO.inspect(r4)

try do
  t = Enum.random([-1])
  receive do
    :x -> :x
  after
    t -> :no
  end
rescue
  e -> IO.inspect(e.__struct__)
catch
  k, v -> IO.inspect({k, v})
end
