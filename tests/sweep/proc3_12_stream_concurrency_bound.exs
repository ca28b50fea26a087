# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_12_stream_concurrency_bound.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Task.async_stream never runs more than max_concurrency tasks at once.
{:ok, gauge} = Agent.start_link(fn -> {0, 0} end)

enter = fn -> Agent.update(gauge, fn {now, top} -> {now + 1, max(top, now + 1)} end) end
leave = fn -> Agent.update(gauge, fn {now, top} -> {now - 1, top} end) end

results =
  1..12
  |> Task.async_stream(
    fn n ->
      enter.()
      Process.sleep(5)
      leave.()
      n * n
    end,
    max_concurrency: 3
  )
  |> Enum.map(fn {:ok, v} -> v end)

IO.inspect(results)
{now, top} = Agent.get(gauge, & &1)
IO.inspect(now, label: "running at end")
IO.inspect(top <= 3, label: "never above 3")
IO.inspect(top >= 1, label: "at least one ran")
