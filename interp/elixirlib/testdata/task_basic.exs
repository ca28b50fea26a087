# Task: async/await, timeouts and the caller's exit, yield, shutdown,
# await_many, yield_many, async_stream options, and crash reports.
t = Task.async(fn -> 1 + 1 end)
IO.inspect(Task.await(t), label: "await")
IO.inspect(Task.async(String, :upcase, ["mfa"]) |> Task.await(), label: "async mfa")
slow = Task.async(fn -> Process.sleep(300); :late end)
try do
  Task.await(slow, 50)
catch
  :exit, {:timeout, {Task, :await, [^slow, 50]}} -> IO.puts("await timed out")
end
IO.inspect(Task.shutdown(slow), label: "shutdown after timeout")
quick = Task.async(fn -> :quick end)
Process.sleep(150)
IO.inspect(Task.shutdown(quick), label: "shutdown finished task")
k = Task.async(fn -> Process.sleep(1000) end)
IO.inspect(Task.shutdown(k, :brutal_kill), label: "brutal_kill")
IO.inspect(Task.yield(Task.async(fn -> :y end), 100), label: "yield")
IO.inspect(Task.await_many([Task.async(fn -> 1 end), Task.async(fn -> 2 end)]), label: "await_many")
try do
  Task.await_many([Task.async(fn -> Process.sleep(200) end)], 20)
catch
  :exit, {:timeout, {Task, :await_many, [_, 20]}} -> IO.puts("await_many timed out")
end
res = Task.yield_many([Task.async(fn -> :fast end), Task.async(fn -> Process.sleep(300) end)], 50)
IO.inspect(Enum.map(res, fn {_t, r} -> r end), label: "yield_many")
IO.inspect(Task.async_stream(1..6, &(&1 * 10), max_concurrency: 2) |> Enum.to_list(), label: "stream")
IO.inspect(Task.async_stream([1, 2, 3], Integer, :pow, [2]) |> Enum.map(fn {:ok, v} -> v end), label: "stream mfa")
IO.inspect(Task.async_stream(1..100, &(&1 * 2)) |> Enum.take(3), label: "stream take")
IO.inspect(Stream.map(1..4, &(&1 + 1)) |> Task.async_stream(&(&1 * &1)) |> Enum.to_list(), label: "stream of stream")
IO.inspect(Task.async_stream([50, 300], fn ms -> Process.sleep(ms); ms end, timeout: 100, on_timeout: :kill_task, zip_input_on_exit: true) |> Enum.to_list(), label: "zip")
try do
  Task.async_stream([300], fn ms -> Process.sleep(ms) end, timeout: 1) |> Enum.to_list()
catch
  :exit, reason -> IO.inspect(reason, label: "stream timeout exit")
end
IO.inspect(Task.completed(5) |> Task.await(), label: "completed")
Process.flag(:trap_exit, true)
crash = Task.async(fn -> raise "task boom" end)
receive do
  {:EXIT, pid, {%RuntimeError{message: m}, _}} -> IO.inspect({pid == crash.pid, m}, label: "EXIT")
end
try do
  Task.await(crash)
catch
  :exit, {{%RuntimeError{message: m}, _}, {Task, :await, _}} -> IO.inspect(m, label: "await crash exit")
end
{:ok, pid} = Task.start(fn -> exit(:custom) end)
Process.sleep(150)
IO.inspect(Process.alive?(pid), label: "started task alive")
{:ok, _} = Task.start(fn -> throw(:ball) end)
Process.sleep(150)
{:ok, _} = Task.start(Kernel, :exit, [:shutdown])
Process.sleep(150)
{:ok, l} = Task.start_link(fn -> :ok end)
receive do
  {:EXIT, ^l, r} -> IO.inspect(r, label: "start_link exit")
end
other = spawn(fn -> receive do {:t, t} -> try do Task.await(t) rescue e -> IO.puts(Exception.message(e) |> String.replace(~r/#PID<[^>]+>|#Reference<[^>]+>/, "X")) end end end)
send(other, {:t, Task.async(fn -> 1 end)})
Process.sleep(150)
