# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_32_yield_many.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Task.yield_many returns {task, result} for every task in order:
# {:ok, v}, {:exit, reason} or nil; shutdown cleans up the rest.
Logger.configure(level: :none)
Process.flag(:trap_exit, true)
done = Task.async(fn -> :done end)
crash = Task.async(fn -> exit(:bad) end)
wait = Task.async(fn -> receive do: (:never -> :ok) end)
Process.sleep(50)
results = Task.yield_many([done, crash, wait], 100)

for {task, res} <- results do
  IO.inspect(res, label: inspect(Enum.find_index([done, crash, wait], &(&1 == task))))
end

IO.inspect(Task.shutdown(wait), label: "shutdown")
IO.inspect(Task.shutdown(wait, :brutal_kill), label: "shutdown again")
