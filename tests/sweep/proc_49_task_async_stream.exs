# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_49_task_async_stream.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# Task.async_stream: ordered results, max_concurrency, and timeouts with
# on_timeout: :kill_task.
results =
  [30, 10, 20]
  |> Task.async_stream(fn ms -> Process.sleep(ms); ms end, max_concurrency: 2)
  |> Enum.map(fn {:ok, v} -> v end)

IO.inspect(results, label: "ordered")

timed =
  [10, 500, 20]
  |> Task.async_stream(fn ms -> Process.sleep(ms); ms end, timeout: 100, on_timeout: :kill_task)
  |> Enum.to_list()

IO.inspect(timed, label: "with timeout")

unordered =
  1..4
  |> Task.async_stream(&(&1 * 2), ordered: false)
  |> Enum.map(fn {:ok, v} -> v end)
  |> Enum.sort()

IO.inspect(unordered, label: "unordered, sorted")
