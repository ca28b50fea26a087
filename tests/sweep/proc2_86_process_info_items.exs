# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_86_process_info_items.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Process.info/2 with numeric items, :priority, a list of items, and an
# item that does not exist.
pid = spawn(fn -> receive do: (:x -> :ok) end)
Process.sleep(10)

for item <- [:memory, :heap_size, :total_heap_size, :reductions] do
  {^item, v} = Process.info(pid, item)
  IO.puts("#{item}: #{is_integer(v) and v > 0}")
end

IO.inspect(Process.info(pid, :priority), label: "priority")
IO.inspect(Process.info(pid, [:status, :message_queue_len, :priority]), label: "list")

try do
  Process.info(pid, :colour)
rescue
  e -> IO.puts(Exception.message(e))
end

try do
  Process.info(pid, [:status, :colour])
rescue
  e -> IO.puts(Exception.message(e))
end
