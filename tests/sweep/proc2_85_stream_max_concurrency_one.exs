# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_85_stream_max_concurrency_one.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# async_stream with max_concurrency: 1 runs one element at a time, in
# order; the results keep the input order whatever the timing.
parent = self()

results =
  [30, 10, 20]
  |> Task.async_stream(
    fn ms ->
      send(parent, {:start, ms})
      Process.sleep(ms)
      send(parent, {:stop, ms})
      ms
    end,
    max_concurrency: 1
  )
  |> Enum.map(fn {:ok, v} -> v end)

IO.inspect(results, label: "results")
events = for _ <- 1..6, do: (receive do: (e -> e))
IO.inspect(events, label: "events")
