# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_33_async_stream_opts.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Task.async_stream with ordered: false, max_concurrency and
# on_timeout: :kill_task.
r =
  1..6
  |> Task.async_stream(fn n -> n * n end, max_concurrency: 2)
  |> Enum.to_list()

IO.inspect(r, label: "ordered")

unordered =
  1..5
  |> Task.async_stream(fn n -> n end, ordered: false)
  |> Enum.map(fn {:ok, n} -> n end)
  |> Enum.sort()

IO.inspect(unordered, label: "unordered sorted")

killed =
  [0, 1, 0]
  |> Task.async_stream(
    fn
      0 -> :quick
      1 -> receive do: (:never -> :slow)
    end,
    timeout: 50,
    on_timeout: :kill_task
  )
  |> Enum.to_list()

IO.inspect(killed, label: "kill_task")
IO.inspect(Task.async_stream([1, 2], &(&1 + 1)) |> Enum.reduce(0, fn {:ok, v}, acc -> acc + v end), label: "reduce")
