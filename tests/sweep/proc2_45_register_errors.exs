# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_45_register_errors.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Process.register's errors, unregister, registered names.
pid = spawn(fn -> receive do: (:stop -> :ok) end)
IO.inspect(Process.register(pid, :one), label: "register")

for {label, fun} <- [
      {"taken", fn -> Process.register(self(), :one) end},
      {"second name", fn -> Process.register(pid, :two) end},
      {"dead", fn -> Process.register(spawn(fn -> :ok end) |> tap(fn _ -> Process.sleep(20) end), :three) end},
      {"nil name", fn -> Process.register(self(), nil) end},
      {"unregister unknown", fn -> Process.unregister(:nobody) end}
    ] do
  try do
    fun.()
  rescue
    e -> IO.puts("#{label}: #{inspect(e.__struct__)}: #{Exception.message(e) |> String.replace(~r/#PID<[0-9.]+>/, "PID")}")
  end
end

IO.inspect(:one in Process.registered(), label: "listed")
IO.inspect(Process.unregister(:one), label: "unregister")
IO.inspect(Process.whereis(:one), label: "whereis")

try do
  send(:one, :hello)
rescue
  e -> IO.puts(Exception.message(e))
end
