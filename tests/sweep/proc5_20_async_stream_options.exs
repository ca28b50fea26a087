# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_20_async_stream_options.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Task.async_stream/3 options: ordered: false still yields every result,
# max_concurrency, timeout with on_timeout: :kill_task, and zip_input_on_exit.
Logger.configure(level: :none)

ordered =
  1..5
  |> Task.async_stream(fn x -> x * x end)
  |> Enum.to_list()

IO.inspect(ordered, label: "ordered")

unordered =
  1..5
  |> Task.async_stream(fn x -> Process.sleep(50 - x * 10); x end, ordered: false)
  |> Enum.map(fn {:ok, x} -> x end)
  |> Enum.sort()

IO.inspect(unordered, label: "unordered sorted")

killed =
  [10, 300, 20]
  |> Task.async_stream(fn ms -> Process.sleep(ms); ms end, timeout: 100, on_timeout: :kill_task)
  |> Enum.to_list()

IO.inspect(killed, label: "kill_task")

zipped =
  [10, 300]
  |> Task.async_stream(fn ms -> Process.sleep(ms); ms end,
    timeout: 100,
    on_timeout: :kill_task,
    zip_input_on_exit: true
  )
  |> Enum.to_list()

IO.inspect(zipped, label: "zipped")

sum =
  Task.async_stream(1..10, &(&1 * 2), max_concurrency: 2)
  |> Enum.reduce(0, fn {:ok, v}, acc -> acc + v end)

IO.inspect(sum, label: "sum")
