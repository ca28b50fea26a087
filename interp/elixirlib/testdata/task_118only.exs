# expect: recorded
# Elixir 1.18-only Task features (1.14 has no yield_many/2 options); the
# expected output is written from Elixir 1.18's documentation.
res = Task.yield_many([Task.async(fn -> Process.sleep(300) end)], timeout: 20, on_timeout: :kill_task)
IO.inspect(Enum.map(res, fn {_t, r} -> r end), label: "yield_many kill_task")
res = Task.yield_many([Task.async(fn -> :a end), Task.async(fn -> Process.sleep(300) end), Task.async(fn -> :c end)], limit: 2, timeout: 1000)
IO.inspect(Enum.map(res, fn {_t, r} -> r end), label: "yield_many limit")
res = Task.yield_many([Task.async(fn -> Process.sleep(100); :done end)], timeout: 20, on_timeout: :ignore)
IO.inspect(Enum.map(res, fn {_t, r} -> r end), label: "yield_many ignore")
